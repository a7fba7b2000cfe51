using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Diagnosis;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Http;
using JiraAuth.Core.Json;
using JiraAuth.Core.Tests.Support;
using JiraAuth.FakeJira;
using Newtonsoft.Json.Linq;
using Xunit;

namespace JiraAuth.Core.Tests.Faults
{
    /// <summary>
    /// The fault catalogue (see tests/JiraAuth.Core.Tests/RELIABILITY.md): the fake server breaks connections and sends
    /// odd bodies over real HTTP; waits run on a manual clock, only the stall tests use short real timeouts.
    /// </summary>
    public class FaultInjectionTests : IClassFixture<CloudServerFixture>
    {
        private const string Path = "/rest/api/3/project/search";
        private readonly FakeJiraServer _server;
        private readonly ManualClock _clock = new ManualClock();
        private readonly List<RequestTrace> _traces = new List<RequestTrace>();

        public FaultInjectionTests(CloudServerFixture fixture)
        {
            _server = fixture.Server;
            _server.Faults.Clear();
            _server.Requests.Clear();
            _server.ResetLockouts();
        }

        private JiraClient Client(TimeSpan? timeout = null, Uri apiBase = null)
        {
            var retry = _clock.Options();
            retry.OnAttempt = t => { lock (_traces) _traces.Add(t); };
            return new JiraClient(new JiraClientOptions
            {
                ApiBaseUri = apiBase ?? _server.SiteUri,
                Authorization = new AuthenticationHeaderValue("Basic",
                    Convert.ToBase64String(Encoding.UTF8.GetBytes(FakeAccounts.AdminEmail + ":" + FakeAccounts.AdminClassicToken))),
                Timeout = timeout ?? TimeSpan.FromSeconds(30),
                Retry = retry,
            });
        }

        private static Task<JiraResponse> Send(JiraClient client, HttpMethod method, string path = Path) =>
            client.SendAsync(new JiraRequest(method, path) { Body = method == HttpMethod.Get ? null : "{}" }, CancellationToken.None);

        /// <summary>The body of <see cref="Path"/> answered without any fault: what a survived fault must still deliver, whole.</summary>
        private async Task<string> CleanBody()
        {
            using (var client = Client())
            {
                var body = (await Send(client, HttpMethod.Get)).BodyText;
                _server.Requests.Clear();
                lock (_traces) _traces.Clear();
                return body;
            }
        }

        private int Attempts(string path = Path) => _server.Requests.Snapshot().Count(r => r.ApiPath == path);

        [Fact]
        public async Task ConnectionRefusedIsRetriedThenReportedAsANetworkError()
        {
            using (var refusing = new RefusingPort())
            using (var client = Client(apiBase: new Uri("http://127.0.0.1:" + refusing.Port)))
            {
                var error = await Assert.ThrowsAsync<HttpRequestException>(() => Send(client, HttpMethod.Get, "myself"));
                Assert.Equal(TokenStatus.NetworkError, TransportFailureClassifier.Classify(error, client.ApiBaseUri).Status);
            }
            Assert.Equal(5, _traces.Count);
            Assert.Equal(new[] { 2.0, 4.0, 8.0, 16.0 }, _clock.Waits.Select(w => w.TotalSeconds));
        }

        [Fact]
        public async Task AResetBeforeTheHeadersIsSurvivedByAGet()
        {
            _server.Faults.EnqueueTransportFault(Path, TransportFault.ResetBeforeHeaders);
            using (var client = Client())
            {
                Assert.Equal(200, (await Send(client, HttpMethod.Get)).StatusCode);
            }
            Assert.Equal(2, Attempts());
        }

        [Fact]
        public async Task AResetBeforeTheHeadersIsNeverRepeatedForAPost()
        {
            _server.Faults.EnqueueTransportFault("/rest/api/3/issue", TransportFault.ResetBeforeHeaders);
            using (var client = Client())
            {
                await Assert.ThrowsAsync<HttpRequestException>(() => Send(client, HttpMethod.Post, "/rest/api/3/issue"));
            }
            Assert.Equal(1, Attempts("/rest/api/3/issue"));
        }

        [Fact]
        public async Task AResetInTheMiddleOfTheBodyIsSurvivedByAGet()
        {
            var whole = await CleanBody();
            _server.Faults.EnqueueTransportFault(Path, TransportFault.ResetMidBody);
            using (var client = Client())
            {
                var response = await Send(client, HttpMethod.Get);
                Assert.Equal(whole, response.BodyText);
            }
            Assert.Equal(2, Attempts());
        }

        [Fact]
        public async Task AStalledBodyTimesOutAndIsRetried()
        {
            var whole = await CleanBody();
            _server.Faults.EnqueueTransportFault(Path, TransportFault.StallBody);
            using (var client = Client(timeout: TimeSpan.FromSeconds(1)))
            {
                var response = await Send(client, HttpMethod.Get);
                Assert.Equal(whole, response.BodyText);
            }
            Assert.Equal(2, Attempts());
            Assert.Contains(_traces, t => t.Failure == "timed out");
        }

        [Fact]
        public async Task SlowHeadersTimeOutWithAHintWhenTheyNeverCome()
        {
            _server.Faults.EnqueueTransportFault(Path, TransportFault.SlowHeaders, TimeSpan.FromMinutes(1), times: 5);
            using (var client = Client(timeout: TimeSpan.FromMilliseconds(500)))
            {
                var error = await Assert.ThrowsAsync<TimeoutException>(() => Send(client, HttpMethod.Get));
                Assert.Equal(RemedyKind.RaiseTimeout, Remedies.Of(error).Kind);
            }
            Assert.Equal(5, _traces.Count);
        }

        [Theory]
        [InlineData("{\"values\":[1,2")]
        [InlineData("{\"values\": nope}")]
        [InlineData("{}garbage")]
        public async Task MalformedOrTruncatedJsonIsKeptAsTextNotMisread(string body)
        {
            _server.Faults.Enqueue(Path, 200, body: body, contentType: "application/json");
            using (var client = Client())
            {
                var response = await Send(client, HttpMethod.Get);
                Assert.True(response.IsJson);
                Assert.Null(response.Json);
                Assert.Equal(body, response.BodyText);
            }
        }

        [Fact]
        public async Task AnHtmlPageWithStatus200IsNotTakenForJson()
        {
            _server.Faults.Enqueue(Path, 200, body: "<html><body><h1>Log in</h1><form action=\"/login.jsp\"></form></body></html>",
                contentType: "text/html;charset=UTF-8");
            using (var client = Client())
            {
                var response = await Send(client, HttpMethod.Get);
                Assert.False(response.IsJson);
                Assert.Null(response.Json);
            }
        }

        [Theory]
        [InlineData(204)]
        [InlineData(200)]
        public async Task AnEmptyAnswerIsASuccessWithNoBody(int status)
        {
            _server.Faults.Enqueue(Path, status);
            using (var client = Client())
            {
                var response = await Send(client, HttpMethod.Get);
                Assert.Equal(status, response.StatusCode);
                Assert.Equal(string.Empty, response.BodyText);
                Assert.Null(response.Json);
            }
        }

        [Fact]
        public async Task ATwentyMegabyteBodyArrivesWhole()
        {
            const long size = 20L * 1024 * 1024;
            _server.Faults.EnqueueLargeBody(Path, size);
            using (var client = Client())
            {
                var response = await Send(client, HttpMethod.Get);
                Assert.Equal(size, response.BodyText.Length);
                Assert.Equal(JTokenType.Array, response.Json.Type);
            }
        }

        [Fact]
        public async Task NestingAThousandDeepIsRead()
        {
            var body = new string('[', 1000) + "1" + new string(']', 1000);
            _server.Faults.Enqueue(Path, 200, body: body, contentType: "application/json");
            using (var client = Client())
            {
                var response = await Send(client, HttpMethod.Get);
                var converted = new JsonOutputConverter(new DictionaryJsonObjectBuilder()).Convert(response.Json);
                var depth = 0;
                for (var level = converted; level is System.Collections.IList list; level = Assert.Single(list.Cast<object>())) depth++;
                Assert.Equal(1000, depth);
                var innermost = converted;
                for (var i = 0; i < 1000; i++) innermost = ((System.Collections.IList)innermost)[0];
                Assert.Equal(1L, Convert.ToInt64(innermost));
            }
        }

        [Fact]
        public async Task KeysThatDifferOnlyByCaseAreNamedNotMerged()
        {
            _server.Faults.Enqueue(Path, 200, body: "{\"Name\":\"a\",\"name\":\"b\"}", contentType: "application/json");
            using (var client = Client())
            {
                var response = await Send(client, HttpMethod.Get);
                var error = Assert.Throws<DuplicateJsonKeyException>(() =>
                    new JsonOutputConverter(DictionaryJsonObjectBuilder.PSObjectLike()).Convert(response.Json));
                Assert.Contains("name", error.Message, StringComparison.OrdinalIgnoreCase);
                var kept = (System.Collections.Specialized.OrderedDictionary)new JsonOutputConverter(new DictionaryJsonObjectBuilder()).Convert(response.Json);
                Assert.Equal(2, kept.Count);
            }
        }

        [Fact]
        public async Task AStormOf429sIsRiddenOut()
        {
            _server.Faults.Enqueue(Path, 429, new Dictionary<string, string> { ["Retry-After"] = "3" },
                "{\"errorMessages\":[\"The request has been rate-limited.\"],\"errors\":{}}", "application/json", times: 4);
            using (var client = Client())
            {
                Assert.Equal(200, (await Send(client, HttpMethod.Get)).StatusCode);
            }
            Assert.Equal(5, Attempts());
            Assert.All(_clock.Waits, w => Assert.True(w >= TimeSpan.FromSeconds(3)));
        }

        [Theory]
        [InlineData("date", 30.0)]
        [InlineData("past", 2.0)]
        [InlineData("garbage", 2.0)]
        [InlineData("absent", 2.0)]
        public async Task RetryAfterInEveryFormIsReadOrReplacedByBackoff(string form, double expectedSeconds)
        {
            var headers = new Dictionary<string, string>();
            if (form == "date") headers["Retry-After"] = _clock.Now.AddSeconds(30).ToString("r");
            if (form == "past") headers["Retry-After"] = _clock.Now.AddMinutes(-5).ToString("r");
            if (form == "garbage") headers["Retry-After"] = "soon";
            _server.Faults.Enqueue(Path, 429, headers, "{}", "application/json");
            using (var client = Client())
            {
                await Send(client, HttpMethod.Get);
            }
            Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), Assert.Single(_clock.Waits));
        }

        [Fact]
        public async Task AHugeRetryAfterFailsAtOnce()
        {
            _server.Faults.Enqueue(Path, 429, new Dictionary<string, string> { ["Retry-After"] = "99999999999999999999" }, "{}", "application/json");
            using (var client = Client())
            {
                var error = await Assert.ThrowsAsync<JiraApiException>(() => Send(client, HttpMethod.Get));
                Assert.Equal(RemedyKind.RateLimitedRetryTomorrow, error.Remedy.Kind);
            }
            Assert.Equal(1, Attempts());
        }

        [Fact]
        public async Task ASameOriginRedirectKeepsTheCredentialAndARelativeLocationWorks()
        {
            using (var client = Client())
            {
                var request = new JiraRequest(HttpMethod.Get, "/rest/api/3/test/redirect");
                request.Query["to"] = "/rest/api/3/myself";
                Assert.Equal(200, (await client.SendAsync(request, CancellationToken.None)).StatusCode);
            }
            Assert.NotNull(_server.Requests.Snapshot().Single(r => r.ApiPath == "/rest/api/3/myself").Header("Authorization"));
        }

        [Theory]
        [InlineData("gateway")]
        [InlineData("localhost")]
        public async Task ARedirectToAnotherHostOrPortDropsAuthorizationAndCookies(string where)
        {
            var target = where == "gateway"
                ? _server.GatewayUrl + "/ex/jira/" + _server.Options.CloudId + "/rest/api/3/serverInfo"
                : _server.SiteUrl.Replace("127.0.0.1", "localhost") + "/rest/api/3/serverInfo";
            using (var client = Client())
            {
                var request = new JiraRequest(HttpMethod.Get, "/rest/api/3/test/redirect");
                request.Query["to"] = target;
                request.SkipHttpErrorCheck = true;
                await client.SendAsync(request, CancellationToken.None);
            }
            var hop = _server.Requests.Snapshot().Last();
            Assert.EndsWith("/rest/api/3/serverInfo", hop.Path);
            Assert.Null(hop.Header("Authorization"));
            Assert.Null(hop.Header("Cookie"));
        }

        [Fact]
        public async Task ARedirectLoopStopsAfterTenHops()
        {
            using (var client = Client())
            {
                _server.Faults.Enqueue("/rest/api/3/loop", 302, new Dictionary<string, string> { ["Location"] = "/rest/api/3/loop" }, times: 20);
                var error = await Assert.ThrowsAsync<RedirectRefusedException>(() => Send(client, HttpMethod.Get, "/rest/api/3/loop"));
                Assert.Contains("more than 10 times", error.Message);
            }
            Assert.Equal(11, Attempts("/rest/api/3/loop"));
        }

        [Fact]
        public async Task ARedirectWithoutLocationIsReportedNotFollowed()
        {
            _server.Faults.Enqueue(Path, 302);
            using (var client = Client())
            {
                var error = await Assert.ThrowsAsync<JiraApiException>(() => Send(client, HttpMethod.Get));
                Assert.Equal(302, error.StatusCode);
            }
            Assert.Equal(1, Attempts());
        }
    }
}
