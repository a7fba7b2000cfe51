using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Http;
using JiraAuth.Core.Tests.Support;
using Xunit;
using static JiraAuth.Core.Tests.Support.ScriptedClient;

namespace JiraAuth.Core.Tests.Http
{
    /// <summary>The pipeline stages against an in-memory transport: signing, origin guard, retries, timeouts, error decoding.</summary>
    public class JiraClientPipelineTests
    {
        private readonly ScriptedTransport _transport = new ScriptedTransport();
        private readonly List<TimeSpan> _waits = new List<TimeSpan>();

        private JiraClient Client(int maxRetries = 4, TimeSpan? timeout = null) => ScriptedClient.Create(_transport, new RetryOptions
        {
            MaxRetries = maxRetries,
            Jitter = () => 1.0,
            Delay = (d, ct) => { lock (_waits) _waits.Add(d); return Task.CompletedTask; },
            Governor = new RateLimitGovernor(),
        }, timeout ?? TimeSpan.FromSeconds(30));

        [Fact]
        public async Task SendsAuthorizationUpFrontWithJsonAccept()
        {
            using (var client = Client())
            {
                await Get(client);
            }
            var sent = Assert.Single(_transport.Sent);
            Assert.Equal(Basic.ToString(), sent.Authorization);
            Assert.Contains("application/json", sent.Headers);
            Assert.Equal(Site + "/rest/api/3/myself", sent.Uri.AbsoluteUri);
        }

        [Theory]
        [InlineData("https://evil.example/rest/api/3/myself")]
        [InlineData("https://acme.atlassian.net:444/rest/api/3/myself")]
        [InlineData("https://api.atlassian.com/ex/jira/x/rest/api/3/myself")]
        public async Task FollowsCrossOriginRedirectsWithoutCredentials(string location)
        {
            _transport.Then(_ => ScriptedTransport.Redirect(HttpStatusCode.Found, location));
            using (var client = Client())
            {
                await Get(client);
            }
            Assert.Equal(2, _transport.Sent.Count);
            Assert.NotNull(_transport.Sent[0].Authorization);
            Assert.Equal(location, _transport.Sent[1].Uri.AbsoluteUri);
            Assert.Null(_transport.Sent[1].Authorization);
        }

        [Fact]
        public async Task KeepsCredentialsOnSameOriginRedirects()
        {
            _transport.Then(_ => ScriptedTransport.Redirect(HttpStatusCode.MovedPermanently, "/rest/api/3/myself?moved=1"));
            using (var client = Client())
            {
                await Get(client);
            }
            Assert.Equal(Basic.ToString(), _transport.Sent[1].Authorization);
        }

        [Fact]
        public async Task RefusesRedirectsFromHttpsToHttp()
        {
            _transport.Then(_ => ScriptedTransport.Redirect(HttpStatusCode.TemporaryRedirect, "http://acme.atlassian.net/rest/api/3/myself"));
            using (var client = Client())
            {
                var error = await Assert.ThrowsAsync<RedirectRefusedException>(() => Get(client));
                Assert.Contains("unencrypted", error.Message);
            }
            Assert.Single(_transport.Sent);
        }

        [Fact]
        public async Task StopsAfterTooManyRedirects()
        {
            _transport.Fallback = _ => ScriptedTransport.Redirect(HttpStatusCode.Found, "/rest/api/3/loop");
            using (var client = Client())
            {
                var error = await Assert.ThrowsAsync<RedirectRefusedException>(() => Get(client));
                Assert.Contains("more than 10 times", error.Message);
            }
            Assert.Equal(RedirectGuardHandler.MaxRedirects + 1, _transport.Sent.Count);
        }

        [Fact]
        public async Task RetriesRateLimitsWaitingAtLeastRetryAfter()
        {
            _transport.Then(HttpStatusCode.TooManyRequests, "{\"errorMessages\":[\"The request has been rate-limited.\"],\"errors\":{},\"status\":429}",
                ("Retry-After", "7"), ("RateLimit-Reason", "jira-burst-based"))
                      .Then(HttpStatusCode.OK, "{\"ok\":true}");
            using (var client = Client())
            {
                var response = await Get(client);
                Assert.Equal(200, response.StatusCode);
            }
            Assert.Equal(2, _transport.Sent.Count);
            Assert.Equal(new[] { TimeSpan.FromSeconds(7) }, _waits);
        }

        [Fact]
        public async Task The_response_carries_the_headers_of_the_answer_that_was_kept_not_of_a_retried_one()
        {
            _transport.Then(HttpStatusCode.ServiceUnavailable, "{}", ("Retry-After", "1"), ("X-Attempt", "first"), ("X-Only-First", "yes"))
                      .Then(HttpStatusCode.OK, "{\"ok\":true}", ("X-Attempt", "second"));
            using (var client = Client())
            {
                var response = await Get(client);
                Assert.Equal("second", response.GetHeader("X-Attempt"));
                Assert.Null(response.GetHeader("X-Only-First"));
                Assert.Equal("application/json; charset=utf-8", response.ContentType);
            }
        }

        [Fact]
        public async Task A_HEAD_answer_with_a_Content_Length_succeeds_and_reports_that_length()
        {
            _transport.Then(_ =>
            {
                var content = new StreamContent(new System.IO.MemoryStream());
                content.Headers.ContentLength = 1234;
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
            });
            using (var client = Client())
            {
                var response = await client.SendAsync(new JiraRequest(HttpMethod.Head, "myself"), CancellationToken.None);
                Assert.Equal(200, response.StatusCode);
                Assert.Equal("1234", response.GetHeader("Content-Length"));
            }
            Assert.Single(_transport.Sent);
        }

        [Fact]
        public async Task A_body_cut_short_is_a_network_failure_not_a_file_error()
        {
            _transport.Then(_ =>
            {
                var content = new StreamContent(new System.IO.MemoryStream(new byte[] { (byte)'{' }));
                content.Headers.ContentLength = 20;
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
            });
            using (var client = Client(maxRetries: 0))
            {
                var error = await Assert.ThrowsAsync<HttpRequestException>(() => Get(client));
                Assert.Contains("1 of the 20 bytes", error.Message);
            }
        }

        [Fact]
        public async Task A_download_carries_the_headers_the_server_sent()
        {
            _transport.Then(HttpStatusCode.OK, "{}", ("X-RateLimit-Remaining", "42"));
            using (var client = Client())
            {
                var response = await client.DownloadAsync(new JiraRequest(HttpMethod.Get, "myself"), new System.IO.MemoryStream(), CancellationToken.None);
                Assert.Equal("42", response.GetHeader("X-RateLimit-Remaining"));
            }
        }

        [Fact]
        public async Task RetriesRateLimitedPostsBecauseJiraDidNotRunThem()
        {
            _transport.Then(HttpStatusCode.TooManyRequests, "{}", ("Retry-After", "1")).Then(HttpStatusCode.Created, "{\"id\":\"1\"}");
            using (var client = Client())
            {
                var response = await client.SendAsync(new JiraRequest(HttpMethod.Post, "issue") { Body = "{}" }, CancellationToken.None);
                Assert.Equal(201, response.StatusCode);
            }
            Assert.Equal(2, _transport.Sent.Count);
            Assert.Equal("{}", _transport.Sent[1].Body);
        }

        [Theory]
        [InlineData(HttpStatusCode.ServiceUnavailable)]
        [InlineData(HttpStatusCode.InternalServerError)]
        [InlineData(HttpStatusCode.BadGateway)]
        [InlineData(HttpStatusCode.GatewayTimeout)]
        public async Task RetriesServerErrorsForIdempotentMethods(HttpStatusCode status)
        {
            _transport.Then(status, "").Then(HttpStatusCode.OK, "{}");
            using (var client = Client())
            {
                await Get(client);
            }
            Assert.Equal(2, _transport.Sent.Count);
            Assert.Equal(new[] { TimeSpan.FromSeconds(2) }, _waits);
        }

        [Fact]
        public async Task RetriesARateLimitedPostEvenWithoutRetryAfterBecauseJiraDidNotRunIt()
        {
            _transport.Then(HttpStatusCode.TooManyRequests, "{}").Then(HttpStatusCode.Created, "{\"id\":\"1\"}");
            using (var client = Client())
            {
                var response = await client.SendAsync(new JiraRequest(HttpMethod.Post, "issue") { Body = "{}" }, CancellationToken.None);
                Assert.Equal(201, response.StatusCode);
            }
            Assert.Equal(2, _transport.Sent.Count);
            Assert.Equal(new[] { TimeSpan.FromSeconds(2) }, _waits);
        }

        [Fact]
        public async Task NeverResendsABodyThatCannotRewind()
        {
            _transport.Then(HttpStatusCode.ServiceUnavailable, "", ("Retry-After", "0")).Then(HttpStatusCode.NoContent, "");
            using (var client = Client())
            using (var body = new NonSeekableStream(new byte[] { 1, 2, 3 }))
            {
                var error = await Assert.ThrowsAsync<JiraApiException>(() =>
                    client.SendAsync(new JiraRequest(HttpMethod.Put, "issue/ABC-1") { Body = body }, CancellationToken.None));
                Assert.Equal(503, error.StatusCode);
            }
            Assert.Single(_transport.Sent);
        }

        [Fact]
        public async Task TimesOutABodyThatStallsAfterTheHeaders()
        {
            var stalling = new StallingBodyTransport();
            using (var client = new JiraClient(new JiraClientOptions { ApiBaseUri = new Uri(Site), Authorization = Basic, Transport = stalling,
                Timeout = TimeSpan.FromMilliseconds(300), Retry = RetryOptions.None }))
            {
                // The body never ends on its own: only the 300 ms timeout can end the call. The minute is a guard against a hang, not a measurement.
                var call = Get(client);
                Assert.Same(call, await Task.WhenAny(call, Task.Delay(TimeSpan.FromMinutes(1))));
                var error = await Assert.ThrowsAsync<TimeoutException>(() => call);
                Assert.Contains("did not answer within", error.Message);
            }
        }

        [Fact]
        public async Task TimesOutADownloadThatStalls()
        {
            var stalling = new StallingBodyTransport();
            using (var client = new JiraClient(new JiraClientOptions { ApiBaseUri = new Uri(Site), Authorization = Basic, Transport = stalling,
                Timeout = TimeSpan.FromMilliseconds(300), Retry = RetryOptions.None }))
            using (var sink = new System.IO.MemoryStream())
            {
                var error = await Assert.ThrowsAsync<TimeoutException>(() =>
                    client.DownloadAsync(new JiraRequest(HttpMethod.Get, "attachment/content/1"), sink, CancellationToken.None));
                Assert.Contains("stalled", error.Message);
                Assert.Equal(4, sink.Length);
            }
        }

        [Fact]
        public async Task RefusesUserInfoInAnAbsolutePathWithoutEchoingIt()
        {
            using (var client = Client())
            {
                var error = await Assert.ThrowsAsync<ArgumentException>(() => Get(client, "https://me:SeCrEt123@acme.atlassian.net/rest/api/3/myself"));
                Assert.DoesNotContain("SeCrEt123", error.Message);
                var other = await Assert.ThrowsAsync<ArgumentException>(() => Get(client, "//me:SeCrEt123@evil.example/rest"));
                Assert.DoesNotContain("SeCrEt123", other.Message);
            }
            Assert.Empty(_transport.Sent);
        }

        [Fact]
        public async Task KeepsQueryStringsOutOfTheException()
        {
            _transport.Then(HttpStatusCode.NotFound, "{\"errorMessages\":[\"gone\"],\"errors\":{}}");
            using (var client = Client())
            {
                var error = await Assert.ThrowsAsync<JiraApiException>(() => Get(client, "attachment/content/1?token=eyJsecret"));
                Assert.DoesNotContain("eyJsecret", error.Message);
                Assert.DoesNotContain("eyJsecret", error.RequestUri.ToString());
            }
        }

        [Theory]
        [InlineData(HttpStatusCode.ServiceUnavailable)]
        [InlineData(HttpStatusCode.InternalServerError)]
        public async Task NeverRetriesServerErrorsForPost(HttpStatusCode status)
        {
            _transport.Then(status, "{\"errorMessages\":[\"boom\"],\"errors\":{}}").Then(HttpStatusCode.Created, "{}");
            using (var client = Client())
            {
                var error = await Assert.ThrowsAsync<JiraApiException>(() =>
                    client.SendAsync(new JiraRequest(HttpMethod.Post, "issue") { Body = "{}" }, CancellationToken.None));
                Assert.Equal((int)status, error.StatusCode);
            }
            Assert.Single(_transport.Sent);
        }

        [Theory]
        [InlineData(HttpStatusCode.BadRequest)]
        [InlineData(HttpStatusCode.Unauthorized)]
        [InlineData(HttpStatusCode.Forbidden)]
        [InlineData(HttpStatusCode.NotFound)]
        public async Task NeverRetriesClientErrors(HttpStatusCode status)
        {
            _transport.Fallback = _ => ScriptedTransport.Json(status, "{\"errorMessages\":[\"no\"],\"errors\":{}}", ("Retry-After", "1"));
            using (var client = Client())
            {
                var error = await Assert.ThrowsAsync<JiraApiException>(() => Get(client));
                Assert.Equal((int)status, error.StatusCode);
            }
            Assert.Single(_transport.Sent);
            Assert.Empty(_waits);
        }

        [Fact]
        public async Task GivesUpAfterMaxRetriesAndReportsTheLastStatus()
        {
            _transport.Fallback = _ => ScriptedTransport.Json(HttpStatusCode.ServiceUnavailable, "");
            using (var client = Client(maxRetries: 2))
            {
                var error = await Assert.ThrowsAsync<JiraApiException>(() => Get(client));
                Assert.Equal(503, error.StatusCode);
            }
            Assert.Equal(3, _transport.Sent.Count);
            Assert.Equal(new[] { TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4) }, _waits);
        }

        [Fact]
        public async Task DoesNotShortenARetryAfterLongerThanItMayWait()
        {
            _transport.Fallback = _ => ScriptedTransport.Json(HttpStatusCode.TooManyRequests, "{}", ("Retry-After", "3600"));
            using (var client = Client())
            {
                var error = await Assert.ThrowsAsync<JiraApiException>(() => Get(client));
                Assert.Equal(TimeSpan.FromSeconds(3600), error.RateLimit.RetryAfter);
            }
            Assert.Single(_transport.Sent);
            Assert.Empty(_waits);
        }

        [Fact]
        public async Task RetriesTransportFailuresOnlyForIdempotentMethods()
        {
            _transport.Then(_ => throw new HttpRequestException("connection reset", new System.IO.IOException("reset by peer"))).Then(HttpStatusCode.OK, "{}");
            using (var client = Client())
            {
                await Get(client);
            }
            Assert.Equal(2, _transport.Sent.Count);

            var post = new ScriptedTransport();
            post.Then(_ => throw new HttpRequestException("connection reset", new System.IO.IOException("reset by peer")));
            using (var client = new JiraClient(new JiraClientOptions { ApiBaseUri = new Uri(Site), Authorization = Basic, Transport = post,
                Retry = new RetryOptions { Delay = (d, ct) => Task.CompletedTask, Governor = new RateLimitGovernor() } }))
            {
                await Assert.ThrowsAsync<HttpRequestException>(() =>
                    client.SendAsync(new JiraRequest(HttpMethod.Post, "issue") { Body = "{}" }, CancellationToken.None));
            }
            Assert.Single(post.Sent);
        }

        [Fact]
        public async Task TurnsASlowAnswerIntoATimeoutWithAHint()
        {
            var slow = new SlowTransport();
            using (var client = new JiraClient(new JiraClientOptions { ApiBaseUri = new Uri(Site), Authorization = Basic, Transport = slow,
                Timeout = TimeSpan.FromMilliseconds(200), Retry = RetryOptions.None }))
            {
                var error = await Assert.ThrowsAsync<TimeoutException>(() => Get(client));
                Assert.Contains("did not answer within", error.Message);
                Assert.Equal(RemedyKind.RaiseTimeout, Remedies.Of(error).Kind);
            }
        }

        [Fact]
        public async Task HonoursCallerCancellationWithoutRetrying()
        {
            var slow = new SlowTransport();
            using (var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100)))
            using (var client = new JiraClient(new JiraClientOptions { ApiBaseUri = new Uri(Site), Authorization = Basic, Transport = slow }))
            {
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.SendAsync(new JiraRequest(HttpMethod.Get, "myself"), cts.Token));
            }
            Assert.Equal(1, slow.Calls);
        }

        [Theory]
        [InlineData("Authorization", "Basic abc")]
        [InlineData("authorization", "Bearer abc")]
        [InlineData("Cookie", "JSESSIONID=1")]
        [InlineData("X-Custom", "a\r\nInjected: yes")]
        public async Task RejectsHandBuiltAuthAndHeaderInjection(string name, string value)
        {
            using (var client = Client())
            {
                var request = new JiraRequest(HttpMethod.Get, "myself");
                request.Headers[name] = value;
                var error = await Assert.ThrowsAsync<ArgumentException>(() => client.SendAsync(request, CancellationToken.None));
                Assert.DoesNotContain("abc", error.Message);
            }
            Assert.Empty(_transport.Sent);
        }

        [Fact]
        public async Task TreatsAnAnonymousAnswerToAFailedLoginAsAnError()
        {
            _transport.Then(HttpStatusCode.OK, "{\"version\":\"1001.0.0\"}", ("X-Seraph-LoginReason", "AUTHENTICATED_FAILED"));
            using (var client = Client())
            {
                var error = await Assert.ThrowsAsync<JiraApiException>(() => Get(client, "serverInfo"));
                Assert.Contains("AUTHENTICATED_FAILED", error.Message);
            }
        }

        [Fact]
        public async Task ReturnsErrorResponsesWhenAskedTo()
        {
            _transport.Then(HttpStatusCode.NotFound, "{\"errorMessages\":[\"Issue does not exist or you do not have permission to see it.\"],\"errors\":{}}");
            using (var client = Client())
            {
                var response = await client.SendAsync(new JiraRequest(HttpMethod.Get, "issue/NOPE-1") { SkipHttpErrorCheck = true }, CancellationToken.None);
                Assert.Equal(404, response.StatusCode);
                Assert.Equal("Issue does not exist or you do not have permission to see it.", (string)response.Json["errorMessages"][0]);
            }
        }

        [Fact]
        public async Task SerializesObjectBodiesAsUtf8Json()
        {
            using (var client = Client())
            {
                var body = new Dictionary<string,
                    object> { ["fields"] = new Dictionary<string, object> { ["summary"] = "Grüße", ["labels"] = new[] { "a", "b" } } };
                await client.SendAsync(new JiraRequest(HttpMethod.Post, "issue") { Body = body }, CancellationToken.None);
            }
            Assert.Equal("{\"fields\":{\"summary\":\"Grüße\",\"labels\":[\"a\",\"b\"]}}", _transport.Sent.Single().Body);
        }

        /// <summary>Sends headers and four bytes, then never another byte.</summary>
        private sealed class StallingBodyTransport : HttpMessageHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new StallingStream()) });
        }

        /// <summary>Like a socket stream: a pending read ends only when the stream is disposed (or the token fires).</summary>
        private sealed class StallingStream : System.IO.Stream
        {
            private readonly CancellationTokenSource _disposed = new CancellationTokenSource();
            private bool _sentPrefix;

            protected override void Dispose(bool disposing)
            {
                _disposed.Cancel();
                base.Dispose(disposing);
            }

            public override bool CanRead => true;
            public override bool CanSeek => false;
            public override bool CanWrite => false;
            public override long Length => throw new NotSupportedException();
            public override long Position { get => 0; set => throw new NotSupportedException(); }
            public override void Flush() { }
            public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

            public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            {
                if (!_sentPrefix)
                {
                    _sentPrefix = true;
                    new byte[] { 1, 2, 3, 4 }.CopyTo(buffer, offset);
                    return 4;
                }
                using (var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _disposed.Token))
                {
                    try
                    {
                        await Task.Delay(TimeSpan.FromSeconds(30), either.Token);
                    }
                    catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
                    {
                        throw new ObjectDisposedException(nameof(StallingStream));
                    }
                }
                return 0;
            }

            public override long Seek(long offset, System.IO.SeekOrigin origin) => throw new NotSupportedException();
            public override void SetLength(long value) => throw new NotSupportedException();
            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        }

        private sealed class NonSeekableStream : System.IO.MemoryStream
        {
            public NonSeekableStream(byte[] bytes) : base(bytes) { }
            public override bool CanSeek => false;
        }

        private sealed class SlowTransport : HttpMessageHandler
        {
            public int Calls;

            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                Interlocked.Increment(ref Calls);
                await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
                return new HttpResponseMessage(HttpStatusCode.OK);
            }
        }
    }
}
