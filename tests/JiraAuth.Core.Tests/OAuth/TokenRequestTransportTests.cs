using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Http;
using JiraAuth.Core.OAuth;
using JiraAuth.FakeJira;
using Xunit;

namespace JiraAuth.Core.Tests.OAuth
{
    /// <summary>
    /// Token-endpoint requests go through the shared pipeline: they show in traces (secrets left out), a client-credentials
    /// grant is repeated like a GET, and a refresh_token grant or code exchange is sent once whatever happens to its answer.
    /// </summary>
    public class TokenRequestTransportTests : IAsyncLifetime
    {
        private FakeJiraServer _server;
        private readonly ConcurrentQueue<RequestTrace> _traces = new ConcurrentQueue<RequestTrace>();

        public async Task InitializeAsync()
        {
            _server = await FakeJiraServer.StartAsync(new FakeJiraOptions());
        }

        public async Task DisposeAsync() => await _server.DisposeAsync();

        private RetryOptions Retry() => new RetryOptions
        {
            MaxRetries = 2,
            InitialDelay = TimeSpan.FromMilliseconds(1),
            Delay = (d, ct) => Task.CompletedTask,
            Governor = new RateLimitGovernor(),
            OnAttempt = _traces.Enqueue,
        };

        private OAuthTokenClient Client(OAuthClientCredential client) =>
            new OAuthTokenClient(OAuthTokenEndpoint.ForCloud(_server.AuthUri), client, OAuthTestSettings.Unencrypted,
                Retry());

        private int TokenPosts() => _server.Requests.Snapshot().Count(r => r.Method == "POST" && r.ApiPath == "/oauth/token");

        [Fact]
        public async Task A_client_credentials_grant_is_sent_again_after_a_503_like_a_GET()
        {
            _server.Faults.Enqueue("/oauth/token", 503);
            using (var client = Client(OAuthTestSettings.ServiceAccount()))
            {
                var grant = await client.ClientCredentialsAsync(new[] { "read:jira-work" }, CancellationToken.None);

                Assert.NotNull(grant.AccessToken);
            }
            Assert.Equal(2, TokenPosts());
        }

        [Fact]
        public async Task A_client_credentials_grant_whose_answer_was_lost_is_sent_again()
        {
            _server.Faults.EnqueueTransportFault("/oauth/token", TransportFault.ResetBeforeHeaders);
            using (var client = Client(OAuthTestSettings.ServiceAccount()))
            {
                await client.ClientCredentialsAsync(null, CancellationToken.None);
            }
            Assert.Equal(2, TokenPosts());
        }

        [Fact]
        public async Task A_refresh_whose_answer_was_lost_is_never_sent_again()
        {
            _server.Faults.EnqueueTransportFault("/oauth/token", TransportFault.ResetBeforeHeaders);
            using (var client = Client(OAuthTestSettings.App()))
            {
                var error = await Assert.ThrowsAsync<OAuthTokenException>(() =>
                    client.RefreshAsync(SecretText.FromString("refresh-token-sent-once"), CancellationToken.None));

                Assert.Contains("could not be reached", error.Message);
            }
            Assert.Equal(1, TokenPosts());
        }

        [Theory]
        [InlineData(503)]
        [InlineData(429)]
        public async Task A_refresh_answered_with_a_retriable_status_is_not_repeated_either(int status)
        {
            _server.Faults.Enqueue("/oauth/token", status, new System.Collections.Generic.Dictionary<string, string> { ["Retry-After"] = "1" },
                "{\"error\":\"temporarily_unavailable\"}", "application/json");
            using (var client = Client(OAuthTestSettings.App()))
            {
                await Assert.ThrowsAsync<OAuthTokenException>(() =>
                    client.RefreshAsync(SecretText.FromString("refresh-token-sent-once"), CancellationToken.None));
            }
            Assert.Equal(1, TokenPosts());
        }

        [Fact]
        public async Task Token_requests_show_in_traces_without_the_client_secret_or_any_token()
        {
            OAuthGrant signIn;
            OAuthGrant refreshed;
            using (var client = Client(OAuthTestSettings.App()))
            {
                signIn = await SignIn.AsAdminAsync(_server, client);
                refreshed = await client.RefreshAsync(signIn.RefreshToken, CancellationToken.None);
            }

            var lines = _traces.Select(t => t.ToDebugText()).ToList();
            Assert.Equal(2, lines.Count(l => l.StartsWith("POST ", StringComparison.Ordinal) && l.Contains("/oauth/token -> 200")));
            var secrets = new[]
            {
                FakeAccounts.OAuthClientSecret, signIn.AccessToken.Reveal(), signIn.RefreshToken.Reveal(), refreshed.AccessToken.Reveal(),
                refreshed.RefreshToken.Reveal(),
            };
            foreach (var line in lines)
            {
                foreach (var secret in secrets) Assert.DoesNotContain(secret, line);
            }
        }
    }
}
