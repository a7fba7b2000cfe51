using System;
using System.IO;
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

namespace JiraAuth.Core.Tests.RateLimits
{
    /// <summary>Retry timing and the shared governor through a whole client, on a clock that only moves when the client waits.</summary>
    public class RateLimitRetryTests
    {
        private readonly ScriptedTransport _transport = new ScriptedTransport();
        private readonly ManualClock _clock = new ManualClock();

        private JiraClient Client(RetryOptions retry = null, ScriptedTransport transport = null) =>
            ScriptedClient.Create(transport ?? _transport, retry ?? _clock.Options());

        private static HttpResponseMessage TooMany(params (string, string)[] headers) =>
            ScriptedTransport.Json(HttpStatusCode.TooManyRequests, "{\"errorMessages\":[\"The request has been rate-limited.\"],\"errors\":{},\"status\":429}",
                headers);

        [Fact]
        public async Task WaitsAtLeastRetryAfterEvenWhenJitterIsLow()
        {
            _transport.Then(_ => TooMany(("Retry-After", "7"))).Then(HttpStatusCode.OK);
            using (var client = Client(_clock.Options(jitter: 0.7)))
            {
                await Get(client);
            }
            Assert.Equal(new[] { TimeSpan.FromSeconds(7) }, _clock.Waits);
        }

        [Fact]
        public async Task UsesTheIso8601ResetWhenThereIsNoRetryAfter()
        {
            var reset = _clock.Now.AddSeconds(42).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
            _transport.Then(_ => TooMany(("X-RateLimit-Reset", reset))).Then(HttpStatusCode.OK);
            using (var client = Client())
            {
                await Get(client);
            }
            Assert.Equal(new[] { TimeSpan.FromSeconds(42) }, _clock.Waits);
        }

        [Fact]
        public async Task BacksOffExponentiallyFromTwoSecondsAndGivesUpAfterFourRetries()
        {
            _transport.Fallback = _ => TooMany();
            using (var client = Client())
            {
                var error = await Assert.ThrowsAsync<JiraApiException>(() => Get(client));
                Assert.Equal(429, error.StatusCode);
            }
            Assert.Equal(5, _transport.Sent.Count);
            Assert.Equal(new[] { 2.0, 4.0, 8.0, 16.0 }, _clock.Waits.Select(w => w.TotalSeconds));
        }

        [Fact]
        public async Task JitterMultipliesTheBackoffBetweenSeventyAndOneHundredThirtyPercent()
        {
            var factors = new[] { 0.7, 1.3 };
            var next = 0;
            var options = _clock.Options();
            options.Jitter = () => factors[next++ % 2];
            _transport.Then(_ => TooMany()).Then(_ => TooMany()).Then(HttpStatusCode.OK);
            using (var client = Client(options))
            {
                await Get(client);
            }
            Assert.Equal(new[] { 1.4, 5.2 }, _clock.Waits.Select(w => Math.Round(w.TotalSeconds, 3)));
        }

        [Fact]
        public async Task StopsAtTheTotalWaitCapAndSaysWhenTheLimitResets()
        {
            var options = _clock.Options();
            options.MaxTotalWait = TimeSpan.FromSeconds(10);
            _transport.Fallback = _ => TooMany(("Retry-After", "6"));
            using (var client = Client(options))
            {
                var error = await Assert.ThrowsAsync<JiraApiException>(() => Get(client));
                Assert.Equal(RemedyKind.RateLimitedWaitSeconds, error.Remedy.Kind);
                Assert.Equal(6L, error.Remedy.WaitSeconds);
                Assert.NotNull(error.Remedy.ResetsAt);
            }
            Assert.Equal(new[] { TimeSpan.FromSeconds(6) }, _clock.Waits);
            Assert.Equal(2, _transport.Sent.Count);
        }

        [Theory]
        [InlineData("99999999999999999999999")]
        [InlineData("86400")]
        public async Task ARetryAfterLongerThanAnyWaitFailsAtOnceWithTheResetTime(string retryAfter)
        {
            _transport.Fallback = _ => TooMany(("Retry-After", retryAfter));
            using (var client = Client())
            {
                var error = await Assert.ThrowsAsync<JiraApiException>(() => Get(client));
                Assert.Equal(429, error.StatusCode);
                Assert.Equal(RemedyKind.RateLimitedRetryTomorrow, error.Remedy.Kind);
            }
            Assert.Single(_transport.Sent);
            Assert.Empty(_clock.Waits);
        }

        [Theory]
        [InlineData("garbage")]
        [InlineData("-5")]
        [InlineData("")]
        public async Task AGarbageRetryAfterFallsBackToBackoff(string retryAfter)
        {
            _transport.Then(_ => TooMany(("Retry-After", retryAfter))).Then(HttpStatusCode.OK);
            using (var client = Client())
            {
                await Get(client);
            }
            Assert.Equal(new[] { TimeSpan.FromSeconds(2) }, _clock.Waits);
        }

        [Fact]
        public async Task ARetryAfterDateInThePastMeansBackoffNotAnImmediateStorm()
        {
            var past = _clock.Now.AddMinutes(-5).ToString("r");
            _transport.Then(_ => TooMany(("Retry-After", past))).Then(HttpStatusCode.OK);
            using (var client = Client())
            {
                await Get(client);
            }
            Assert.Equal(new[] { TimeSpan.FromSeconds(2) }, _clock.Waits);
        }

        [Fact]
        public async Task ARetryAfterHttpDateIsHonoured()
        {
            var later = _clock.Now.AddSeconds(30).ToString("r");
            _transport.Then(_ => TooMany(("Retry-After", later))).Then(HttpStatusCode.OK);
            using (var client = Client())
            {
                await Get(client);
            }
            Assert.Equal(new[] { TimeSpan.FromSeconds(30) }, _clock.Waits);
        }

        [Fact]
        public async Task AQuotaLimitHoldsBackEveryOtherConnectionToTheSite()
        {
            var governor = new RateLimitGovernor();
            var reset = _clock.Now.AddSeconds(50).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
            var first = new ScriptedTransport().Then(_ =>
                TooMany(("Retry-After", "5"), ("RateLimit-Reason", "jira-quota-tenant-based"), ("X-RateLimit-Reset", reset)));
            var second = new ScriptedTransport();
            var noRetry = _clock.Options(governor: governor);
            noRetry.MaxRetries = 0;
            using (var a = Client(noRetry, first))
            using (var b = Client(_clock.Options(governor: governor), second))
            {
                await Assert.ThrowsAsync<JiraApiException>(() => Get(a));
                await Get(b, "/rest/agile/1.0/board");
            }
            Assert.Equal(new[] { TimeSpan.FromSeconds(50) }, _clock.Waits);
            Assert.Single(second.Sent);
        }

        [Fact]
        public async Task APauseLongerThanTheCapFailsWithoutSendingAndNamesTheReset()
        {
            var governor = new RateLimitGovernor();
            governor.For(new Uri(Site)).Observe(HttpMethod.Get, new Uri(Site + "/rest/api/3/myself"), 429,
                new RateLimitInfo { Reason = "jira-quota-global-based", ResetAt = _clock.Now.AddMinutes(30) }, TimeSpan.FromSeconds(1), _clock.Now);
            using (var client = Client(_clock.Options(governor: governor)))
            {
                var error = await Assert.ThrowsAsync<JiraApiException>(() => Get(client));
                Assert.Equal(429, error.StatusCode);
                Assert.Contains("jira-quota-global-based", error.Message);
                Assert.Contains("01:30:00Z", error.Message);
            }
            Assert.Empty(_transport.Sent);
        }

        [Fact]
        public async Task NeverRetriesA503ForPostButDoesForGet()
        {
            _transport.Fallback = _ => ScriptedTransport.Json(HttpStatusCode.ServiceUnavailable, "", ("Retry-After", "1"));
            using (var client = Client())
            {
                await Assert.ThrowsAsync<JiraApiException>(() =>
                    client.SendAsync(new JiraRequest(HttpMethod.Post, "issue") { Body = "{}" }, CancellationToken.None));
                Assert.Single(_transport.Sent);
                await Assert.ThrowsAsync<JiraApiException>(() => Get(client));
            }
            Assert.Equal(1 + 5, _transport.Sent.Count);
        }

        [Fact]
        public async Task CtrlCEndsAWaitAtOnce()
        {
            _transport.Fallback = _ => TooMany(("Retry-After", "50"));
            var options = new RetryOptions { Governor = new RateLimitGovernor() }; // real Task.Delay: a 50 s wait
            using (var stop = new CancellationTokenSource())
            using (var client = Client(options))
            {
                var call = client.SendAsync(new JiraRequest(HttpMethod.Get, "myself"), stop.Token);
                Assert.True(SpinWait.SpinUntil(() => _transport.Sent.Count > 0, TimeSpan.FromSeconds(30)), "the first attempt was not sent within 30 s");
                stop.Cancel();
                var finished = await Task.WhenAny(call, Task.Delay(TimeSpan.FromSeconds(20)));
                Assert.Same(call, finished);
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
            }
            Assert.Single(_transport.Sent);
        }

        [Fact]
        public async Task ANonAsciiHeaderIsRejectedBeforeAnythingIsSent()
        {
            using (var client = Client())
            {
                var request = new JiraRequest(HttpMethod.Get, "myself");
                request.Headers["X-Note"] = "café";
                var error = await Assert.ThrowsAsync<ArgumentException>(() => client.SendAsync(request, CancellationToken.None));
                Assert.Contains("X-Note", error.Message);
                Assert.DoesNotContain("café", error.Message);
            }
            Assert.Empty(_transport.Sent);
            Assert.Empty(_clock.Waits);
        }

        [Theory]
        [InlineData("X Note")]
        [InlineData("X-Nöte")]
        [InlineData("X:Note")]
        public async Task AnInvalidHeaderNameIsRejectedBeforeAnythingIsSent(string name)
        {
            using (var client = Client())
            {
                var request = new JiraRequest(HttpMethod.Get, "myself");
                request.Headers[name] = "1";
                await Assert.ThrowsAsync<ArgumentException>(() => client.SendAsync(request, CancellationToken.None));
            }
            Assert.Empty(_transport.Sent);
        }

        [Fact]
        public async Task ARequestTheTransportCannotWriteIsNotRetried()
        {
            _transport.Fallback = _ => throw new HttpRequestException("Request headers must contain only ASCII characters.");
            using (var client = Client())
            {
                await Assert.ThrowsAsync<HttpRequestException>(() => Get(client));
            }
            Assert.Single(_transport.Sent);
            Assert.Empty(_clock.Waits);
        }

        [Fact]
        public async Task TransportFailuresOfIdempotentCallsAreRetriedWithBackoff()
        {
            _transport.Then(_ => throw new HttpRequestException("reset", new IOException("Connection reset by peer"))).Then(HttpStatusCode.OK);
            using (var client = Client())
            {
                await Get(client);
            }
            Assert.Equal(new[] { TimeSpan.FromSeconds(2) }, _clock.Waits);
        }

        [Fact]
        public async Task EveryAttemptIsTracedWithStatusRetryAndRateLimit()
        {
            var traces = new System.Collections.Generic.List<RequestTrace>();
            var options = _clock.Options();
            options.OnAttempt = traces.Add;
            _transport.Then(_ => TooMany(("Retry-After", "3"), ("RateLimit-Reason", "jira-burst-based"))).Then(HttpStatusCode.OK, "{}",
                ("X-RateLimit-NearLimit", "true"));
            using (var client = Client(options))
            {
                var request = new JiraRequest(HttpMethod.Get, "search/jql");
                request.Query["jql"] = "reporter = secret.person@acme.example";
                await client.SendAsync(request, CancellationToken.None);
            }
            Assert.Equal(2, traces.Count);
            var first = traces[0].ToVerboseLine();
            Assert.StartsWith("GET https://acme.atlassian.net/rest/api/3/search/jql?jql=… -> 429 in ", first);
            Assert.Contains("jira-burst-based", first);
            Assert.Contains("retrying in 3 s", first);
            Assert.DoesNotContain("secret.person", first);
            Assert.Contains("attempt 2", traces[1].ToVerboseLine());
            Assert.Contains("near limit", traces[1].ToVerboseLine());
        }

        [Fact]
        public async Task ACallMayAskForFewerRetries()
        {
            _transport.Fallback = _ => TooMany();
            using (var client = Client())
            {
                var request = new JiraRequest(HttpMethod.Get, "myself") { MaxRetries = 1 };
                await Assert.ThrowsAsync<JiraApiException>(() => client.SendAsync(request, CancellationToken.None));
            }
            Assert.Equal(2, _transport.Sent.Count);
        }

        [Fact]
        public async Task ACallMayCapItsTotalWait()
        {
            _transport.Fallback = _ => TooMany(("Retry-After", "6"));
            using (var client = Client())
            {
                var request = new JiraRequest(HttpMethod.Get, "myself") { MaxRetryWait = TimeSpan.FromSeconds(5) };
                var error = await Assert.ThrowsAsync<JiraApiException>(() => client.SendAsync(request, CancellationToken.None));
                Assert.Equal(RemedyKind.RateLimitedWaitSeconds, error.Remedy.Kind);
                Assert.Equal(6L, error.Remedy.WaitSeconds);
                Assert.NotNull(error.Remedy.ResetsAt);
            }
            Assert.Single(_transport.Sent);
            Assert.Empty(_clock.Waits);
        }
    }
}
