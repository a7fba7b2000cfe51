using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Http;
using JiraAuth.Core.Tests.Support;
using JiraAuth.FakeJira;
using Newtonsoft.Json.Linq;
using Xunit;

namespace JiraAuth.Core.Tests.Integration
{
    /// <summary>REST calls through a classic-token connection: paths, queries, bodies, errors, origin guard and retries, checked on the server's request
    /// log.</summary>
    public class RestCallTests : IClassFixture<CloudServerFixture>, IDisposable
    {
        private readonly FakeJiraServer _server;
        private readonly JiraConnection _connection;

        public RestCallTests(CloudServerFixture fixture)
        {
            _server = fixture.Server;
            _server.ResetLockouts();
            _server.Faults.Clear();
            _connection = FakeJiraSettings.ConnectWithClassicToken(_server, "rest");
            _server.Requests.Clear();
        }

        public void Dispose() => _connection.Dispose();

        private Task<JiraResponse> Send(JiraRequest request) => _connection.Client.SendAsync(request, CancellationToken.None);

        [Fact]
        public async Task EncodesJqlQueriesExactly()
        {
            var request = new JiraRequest(HttpMethod.Get, "search/jql");
            request.Query["jql"] = "project = ABC AND summary ~ \"a&b\"";
            request.Query["fields"] = "summary,status";
            request.Query["maxResults"] = 5;

            var response = await Send(request);

            Assert.Equal(5, ((JArray)response.Json["issues"]).Count);
            Assert.NotNull((string)response.Json["issues"][0]["fields"]["summary"]);
            var logged = _server.Requests.Last;
            Assert.Equal("?jql=project%20%3D%20ABC%20AND%20summary%20~%20%22a%26b%22&fields=summary%2Cstatus&maxResults=5", logged.Query);
        }

        [Fact]
        public async Task CreatesAndUpdatesIssuesWithJsonBodies()
        {
            var create = new JiraRequest(HttpMethod.Post, "issue")
            {
                Body = new Dictionary<string, object>
                {
                    ["fields"] = new Dictionary<string, object>
                    {
                        ["project"] = new Dictionary<string, object> { ["key"] = "ABC" },
                        ["summary"] = "Printer on fire — ünïcode",
                        ["issuetype"] = new Dictionary<string, object> { ["name"] = "Task" },
                    },
                },
            };
            var created = await Send(create);
            Assert.Equal(201, created.StatusCode);
            var key = (string)created.Json["key"];
            Assert.StartsWith("ABC-", key);
            Assert.Contains("ünïcode", _server.Requests.Last.Body);
            Assert.StartsWith("application/json", _server.Requests.Last.Header("Content-Type"));

            var update = await Send(new JiraRequest(HttpMethod.Put, "issue/" + key) { Body = JObject.Parse("{\"fields\":{\"summary\":\"Fire is out\"}}") });
            Assert.Equal(204, update.StatusCode);
            Assert.Equal(string.Empty, update.BodyText);
        }

        [Fact]
        public async Task DecodesFieldErrorsFromABadCreate()
        {
            var error = await Assert.ThrowsAsync<JiraApiException>(() => Send(new JiraRequest(HttpMethod.Post, "issue")
            {
                Body = JObject.Parse("{\"fields\":{\"project\":{\"key\":\"ABC\"},\"issuetype\":{\"name\":\"Task\"}}}"),
            }));

            Assert.Equal(400, error.StatusCode);
            Assert.Equal("You must specify a summary of the issue.", error.FieldErrors["summary"]);
            Assert.Contains("summary: You must specify a summary of the issue.", error.Message);
        }

        [Fact]
        public async Task DecodesNotFoundAndTheRemovedSearchApi()
        {
            var missing = await Assert.ThrowsAsync<JiraApiException>(() => Send(new JiraRequest(HttpMethod.Get, "issue/NOPE-1")));
            Assert.Equal(404, missing.StatusCode);
            Assert.Equal("Issue does not exist or you do not have permission to see it.", missing.ErrorMessages.Single());

            var removed = await Assert.ThrowsAsync<JiraApiException>(() =>
                Send(new JiraRequest(HttpMethod.Get, "search") { Query = { ["jql"] = "project = ABC" } }));
            Assert.Equal(410, removed.StatusCode);
            Assert.Contains("/rest/api/3/search/jql", removed.Message);
            Assert.Equal(RemedyKind.UseSearchJql, removed.Remedy.Kind);
        }

        [Theory]
        [InlineData("errorCollection", 400, "Field 'priority' cannot be set. It is not on the appropriate screen, or unknown.")]
        [InlineData("messageStatusCode", 401, "Access to this resource must be authenticated as an app.")]
        [InlineData("errorsArray", 400, "The request contains an invalid issue ID: ABC-999.")]
        [InlineData("bareString", 403, "Only admins can read banner configuration.")]
        [InlineData("jerseyXml", 401, "Client must be authenticated to access this resource.")]
        [InlineData("oauth", 403, "Unknown or invalid refresh token.")]
        [InlineData("errorMessagesOnly", 400, "Unrecognized field \"invalid\"")]
        [InlineData("html", 502, null)]
        [InlineData("empty", 500, null)]
        public async Task DecodesEveryErrorShapeIntoOneExceptionType(string shape, int status, string jiraMessage)
        {
            var error = await Assert.ThrowsAsync<JiraApiException>(() => _connection.Client.SendAsync(
                new JiraRequest(HttpMethod.Get, "/rest/api/3/test/error/" + shape), CancellationToken.None));

            Assert.Equal(status, error.StatusCode);
            if (jiraMessage != null) Assert.Contains(error.ErrorMessages, m => m.Contains(jiraMessage));
            if (jiraMessage != null) Assert.Contains(jiraMessage, error.Message);
            Assert.False(string.IsNullOrWhiteSpace(error.Message));
            Assert.NotNull(error.Remedy);
            Assert.DoesNotContain("<", error.Message);
        }

        [Fact]
        public async Task ReducesAnHtmlErrorPageToOneLine()
        {
            var error = await Assert.ThrowsAsync<JiraApiException>(() => Send(new JiraRequest(HttpMethod.Get, "/rest/api/3/test/error/html")));

            Assert.False(string.IsNullOrWhiteSpace(error.ResponseExcerpt));
            Assert.DoesNotContain("<", error.ResponseExcerpt);
            Assert.DoesNotContain("\n", error.ResponseExcerpt);
        }

        [Fact]
        public async Task CarriesRateLimitHeadersOnTheError()
        {
            var noRetry = new JiraClient(new JiraClientOptions { ApiBaseUri = _connection.ApiBaseUri, Retry = RetryOptions.None });
            using (noRetry)
            {
                var error = await Assert.ThrowsAsync<JiraApiException>(() =>
                    noRetry.SendAsync(new JiraRequest(HttpMethod.Get, "/rest/api/3/test/error/rateLimited"), CancellationToken.None));
                Assert.Equal(429, error.StatusCode);
                Assert.Equal(TimeSpan.FromSeconds(1), error.RateLimit.RetryAfter);
                Assert.Equal("jira-burst-based", error.RateLimit.Reason);
                Assert.Equal(100, error.RateLimit.Limit);
                Assert.Equal(0, error.RateLimit.Remaining);
                Assert.Equal(new DateTimeOffset(2026, 1, 1, 1, 1, 1, TimeSpan.Zero), error.RateLimit.ResetAt);
            }
        }

        [Fact]
        public async Task FollowsARedirectToAnotherOriginWithoutTheAuthorizationHeader()
        {
            var target = _server.GatewayApiUrl + "/rest/api/3/test/echo";
            var request = new JiraRequest(HttpMethod.Get, "/rest/api/3/test/redirect");
            request.Query["to"] = target;

            await Send(request);

            var log = _server.Requests.Snapshot();
            Assert.Equal(2, log.Count);
            Assert.Equal("site", log[0].Origin);
            Assert.NotNull(log[0].Header("Authorization"));
            Assert.Equal("gateway", log[1].Origin);
            Assert.Null(log[1].Header("Authorization"));
        }

        [Fact]
        public async Task KeepsTheAuthorizationHeaderOnASameOriginRedirect()
        {
            var request = new JiraRequest(HttpMethod.Get, "/rest/api/3/test/redirect");
            request.Query["to"] = "/rest/api/3/myself";

            var response = await Send(request);

            Assert.Equal(FakeAccounts.AdminAccountId, (string)response.Json["accountId"]);
            Assert.All(_server.Requests.Snapshot(), r => Assert.NotNull(r.Header("Authorization")));
        }

        [Fact]
        public async Task RetriesAnIdempotentCallThroughServiceUnavailable()
        {
            _server.Faults.Enqueue("/rest/api/3/issue/ABC-1", 503, new Dictionary<string, string> { ["Retry-After"] = "0" }, times: 2);

            var response = await Send(new JiraRequest(HttpMethod.Get, "issue/ABC-1"));

            Assert.Equal("ABC-1", (string)response.Json["key"]);
            Assert.Equal(3, _server.Requests.Count);
        }

        [Fact]
        public async Task DoesNotRetryAPostThatFailedOnTheServer()
        {
            _server.Faults.Enqueue("/rest/api/3/issue", 503, times: 3);

            var error = await Assert.ThrowsAsync<JiraApiException>(() => Send(new JiraRequest(HttpMethod.Post, "issue") { Body = "{\"fields\":{}}" }));

            Assert.Equal(503, error.StatusCode);
            Assert.Equal(1, _server.Requests.Count);
        }

        [Fact]
        public async Task UploadsMultipartWithTheXsrfHeaderAndDownloadsTheBytes()
        {
            var bytes = Enumerable.Range(0, 70000).Select(i => (byte)(i % 251)).ToArray();
            var form = new MultipartFormDataContent();
            form.Add(new ByteArrayContent(bytes), "file", "report.bin");

            var uploaded = await Send(new JiraRequest(HttpMethod.Post, "issue/ABC-1/attachments") { Body = form });

            Assert.Equal("no-check", _server.Requests.Last.Header("X-Atlassian-Token"));
            var id = (string)uploaded.Json[0]["id"];
            using (var sink = new System.IO.MemoryStream())
            {
                await _connection.Client.DownloadAsync(new JiraRequest(HttpMethod.Get, "attachment/content/" + id), sink, CancellationToken.None);
                Assert.Equal(bytes, sink.ToArray());
            }
        }
    }
}
