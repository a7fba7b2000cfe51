using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Http;
using JiraAuth.Core.OAuth;
using JiraAuth.Core.Storage;
using JiraAuth.FakeJira;
using Xunit;
using JiraAuth.Core.Connecting;

namespace JiraAuth.Core.Tests.OAuth
{
    public class ThreeLeggedTests : IAsyncLifetime
    {
        private FakeJiraServer _server;

        public async Task InitializeAsync() => _server = await FakeJiraServer.StartAsync(new FakeJiraOptions());

        public async Task DisposeAsync() => await _server.DisposeAsync();

        private async Task<(ConnectResult Result, OAuthGrant Grant)> SignInAndConnectAsync()
        {
            var unsigned = OAuthTestSettings.For(_server);
            var tokenClient = OAuthTestSettings.CloudTokenClient(_server, OAuthTestSettings.App());
            var grant = await SignIn.AsAdminAsync(_server, tokenClient);
            var site = Assert.Single(await OAuthConnector.SitesAsync(unsigned, grant, CancellationToken.None));
            var settings = new ConnectionSettings(unsigned) { CloudId = site.CloudId };
            var record = OAuthConnector.RecordFor("me", settings, tokenClient.Client, new[] { "read:jira-work", "read:jira-user" }, grant.RefreshToken,
                AuthMode.OAuth3LO);
            var rotation = new RefreshTokenRotation(record, null, null);
            var result = await new OAuthConnector(new CloudIdResolver()).ConnectUserAsync("me", settings, tokenClient, rotation, grant,
                "Connect-JiraCloud -ClientId x -Name me", true, CancellationToken.None);
            return (result, grant);
        }

        [Fact]
        public void TheAuthorizeUrlAsksForOfflineAccessAndConsentForTheGatewayAudience()
        {
            var request = new AuthorizationRequest("client-1", new[] { "read:jira-work", "read:jira-user" }, null);
            var uri = request.BuildUri(new Uri("https://auth.atlassian.com"));

            Assert.Equal("https://auth.atlassian.com/authorize", uri.GetLeftPart(UriPartial.Path));
            Assert.Contains("audience=api.atlassian.com", uri.Query);
            Assert.Contains("scope=read%3Ajira-work%20read%3Ajira-user%20offline_access", uri.Query);
            Assert.Contains("redirect_uri=http%3A%2F%2Flocalhost%3A8765%2Fcallback", uri.Query);
            Assert.Contains("response_type=code", uri.Query);
            Assert.Contains("prompt=consent", uri.Query);
            Assert.Contains("state=" + request.State, uri.Query);
            Assert.NotEqual(request.State, new AuthorizationRequest("client-1", new[] { "read:jira-work" }, null).State);
        }

        [Fact]
        public async Task SignInExchangesTheCodeFindsTheSiteAndCallsThroughTheGatewayAsTheUser()
        {
            var (result, _) = await SignInAndConnectAsync();
            using (var connection = result.Connection)
            {
                Assert.Equal(AuthMode.OAuth3LO, connection.AuthMode);
                Assert.Equal(FakeAccounts.AdminDisplayName, connection.Account.DisplayName);
                Assert.Equal(_server.GatewayApiUrl, connection.ApiBaseUri.ToString().TrimEnd('/'));
                var response = await connection.Client.SendAsync(new JiraRequest(HttpMethod.Get, "issue/ABC-1"), CancellationToken.None);
                Assert.Equal("ABC-1", (string)response.Json["key"]);
            }
            Assert.Equal(0, _server.OAuth.RefreshGrants); // the sign-in's own access token served
        }

        [Fact]
        public async Task ConcurrentCallsAfterExpiryShareOneRefresh()
        {
            var (result, _) = await SignInAndConnectAsync();
            using (var connection = result.Connection)
            {
                _server.OAuth.ExpireAccessTokens();
                await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
                    connection.Client.SendAsync(new JiraRequest(HttpMethod.Get, "myself"), CancellationToken.None)));
            }
            Assert.Equal(1, _server.OAuth.RefreshGrants);
            Assert.False(_server.OAuth.Chains.Single().Revoked);
        }

        [Fact]
        public async Task ReusingARotatedRefreshTokenRevokesTheChain()
        {
            var tokenClient = OAuthTestSettings.CloudTokenClient(_server, OAuthTestSettings.App());
            var grant = await SignIn.AsAdminAsync(_server, tokenClient);

            var second = await tokenClient.RefreshAsync(grant.RefreshToken, CancellationToken.None);
            var reuse = await Assert.ThrowsAsync<OAuthTokenException>(() => tokenClient.RefreshAsync(grant.RefreshToken, CancellationToken.None));
            var afterRevocation = await Assert.ThrowsAsync<OAuthTokenException>(() => tokenClient.RefreshAsync(second.RefreshToken, CancellationToken.None));

            Assert.Equal(OAuthErrorReason.ConsentRequired, reuse.Reason);
            Assert.Equal("invalid_grant", reuse.Error);
            Assert.Equal(403, reuse.StatusCode);
            Assert.Equal("unauthorized_client", afterRevocation.Error);
            Assert.True(_server.OAuth.Chains.Single().Revoked);
        }

        [Fact]
        public async Task AWithdrawnConsentNamesTheInteractiveCommandToRunOnce()
        {
            var (result, _) = await SignInAndConnectAsync();
            using (var connection = result.Connection)
            {
                _server.OAuth.RevokeAllChains();
                _server.OAuth.ExpireAccessTokens();
                var error = await Assert.ThrowsAsync<OAuthTokenException>(() =>
                    connection.Client.SendAsync(new JiraRequest(HttpMethod.Get, "myself"), CancellationToken.None));
                Assert.Equal(OAuthErrorReason.ConsentRequired, error.Reason);
                Assert.Equal(RemedyKind.OAuthSignInAgain, error.Remedy.Kind);
                Assert.Contains("Connect-JiraCloud -ClientId x -Name me", error.Remedy.SignInCommand);
            }
        }

        [Fact]
        public async Task ADeclinedConsentIsReportedAsSuchAndAForeignStateIsRefused()
        {
            _server.OAuth.DeclineConsent = true;
            var request = new AuthorizationRequest(FakeAccounts.OAuthClientId, new[] { "read:jira-work" }, null);
            var redirect = await SignIn.FollowAuthorizeAsync(_server, request);

            var declined = Assert.Throws<OAuthTokenException>(() => AuthorizationCallback.ReadCode(redirect, request));
            Assert.Equal(OAuthErrorReason.ConsentDeclined, declined.Reason);
            Assert.Equal(RemedyKind.OAuthAcceptConsent, declined.Remedy.Kind);

            var other = new AuthorizationRequest(FakeAccounts.OAuthClientId, new[] { "read:jira-work" }, null);
            var foreign = Assert.Throws<ArgumentException>(() => AuthorizationCallback.ReadCode(redirect, other));
            Assert.Contains("state", foreign.Message);
        }

        [Fact]
        public async Task ARefreshAnsweredWithoutANewRefreshTokenKeepsTheOldOne()
        {
            var tokenClient = OAuthTestSettings.CloudTokenClient(_server, OAuthTestSettings.App());
            var grant = await SignIn.AsAdminAsync(_server, tokenClient);
            var record = new ConnectionRecord { Name = "me", Site = _server.SiteUrl, AuthMode = AuthMode.OAuth3LO, ClientId = FakeAccounts.OAuthClientId,
                RefreshToken = grant.RefreshToken };
            var rotation = new RefreshTokenRotation(record, null, null);

            _server.OAuth.OmitRefreshTokenOnNextRefresh = true;
            await rotation.RefreshAsync(tokenClient.RefreshAsync, CancellationToken.None);
            Assert.Equal(grant.RefreshToken.Reveal(), rotation.Snapshot().RefreshToken.Reveal());

            await rotation.RefreshAsync(tokenClient.RefreshAsync, CancellationToken.None);
            Assert.Equal(_server.OAuth.Chains.Single().LiveToken, rotation.Snapshot().RefreshToken.Reveal());
            Assert.False(_server.OAuth.Chains.Single().Revoked);
        }

        [Fact]
        public async Task TheLoopbackListenerReturnsTheCallbackAndClosesOnTimeout()
        {
            var (first, redirect) = StartOnAFreePort();
            var port = redirect.Port;
            using (var listener = first)
            using (var http = new HttpClient())
            {
                var waiting = listener.WaitAsync(TimeSpan.FromSeconds(20), CancellationToken.None);
                using (var favicon = await http.GetAsync($"http://127.0.0.1:{port}/favicon.ico")) Assert.Equal(404, (int)favicon.StatusCode);
                using (var page = await http.GetAsync($"http://127.0.0.1:{port}/callback?code=abc&state=xyz"))
                {
                    Assert.Contains("return to PowerShell", await page.Content.ReadAsStringAsync());
                }
                Assert.Equal($"http://127.0.0.1:{port}/callback?code=abc&state=xyz", await waiting);
            }

            using (var listener = LoopbackRedirectListener.Start(redirect))
            {
                var error = await Assert.ThrowsAsync<TimeoutException>(() => listener.WaitAsync(TimeSpan.FromMilliseconds(200), CancellationToken.None));
                Assert.Equal(RemedyKind.SignInSoonerOrPasteRedirect, Remedies.Of(error).Kind);
            }
            // Closed: the port is free again.
            using (LoopbackRedirectListener.Start(redirect)) { }
        }

        /// <summary>
        /// The listener binds the port itself, so the test cannot hold it beforehand: a port found free may be taken before the
        /// listener binds it, and then another is tried (a few times, then the test fails saying so).
        /// </summary>
        private static (LoopbackRedirectListener Listener, Uri Redirect) StartOnAFreePort()
        {
            for (var attempt = 1; ; attempt++)
            {
                var redirect = new Uri($"http://127.0.0.1:{FreePort()}/callback");
                try
                {
                    return (LoopbackRedirectListener.Start(redirect), redirect);
                }
                catch (InvalidOperationException) when (attempt < 5)
                {
                }
            }
        }

        private static int FreePort()
        {
            var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            probe.Start();
            var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }
    }
}
