using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Diagnosis;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Http;
using JiraAuth.Core.OAuth;
using JiraAuth.Core.Sites;
using JiraAuth.FakeJira;
using Xunit;
using JiraAuth.Core.Connecting;

namespace JiraAuth.Core.Tests.OAuth
{
    public class ServiceAccountTests : IAsyncLifetime
    {
        private FakeJiraServer _cloud;
        private FakeJiraServer _dataCenter;

        public async Task InitializeAsync()
        {
            _cloud = await FakeJiraServer.StartAsync(new FakeJiraOptions());
            _dataCenter = await FakeJiraServer.StartAsync(new FakeJiraOptions { Deployment = FakeDeployment.DataCenter, ContextPath = "/jira" });
        }

        public async Task DisposeAsync()
        {
            await _cloud.DisposeAsync();
            await _dataCenter.DisposeAsync();
        }

        private Task<ConnectResult> Connect(FakeJiraServer server, OAuthClientCredential client, string[] scopes = null,
            Func<ConnectionSettings, ConnectionSettings> adjust = null)
        {
            var settings = OAuthTestSettings.For(server);
            if (adjust != null) settings = adjust(settings);
            return new OAuthConnector(new CloudIdResolver()).ConnectServiceAccountAsync("bot", settings, client, scopes, true, CancellationToken.None);
        }

        [Fact]
        public async Task ACloudServiceAccountGetsATokenFromTheAuthServerAndCallsThroughTheGateway()
        {
            var result = await Connect(_cloud, OAuthTestSettings.ServiceAccount(), new[] { "read:jira-work", "read:jira-user" });
            using (var connection = result.Connection)
            {
                Assert.Equal(AuthMode.OAuthClientCredentials, connection.AuthMode);
                Assert.Equal(_cloud.Options.CloudId, connection.CloudId);
                Assert.Equal(FakeAccounts.ServiceAccountDisplayName, connection.Account.DisplayName);
                Assert.Equal(FakeAccounts.ServiceClientId, connection.UserName);
                var response = await connection.Client.SendAsync(new JiraRequest(HttpMethod.Get, "issue/ABC-1"), CancellationToken.None);
                Assert.Equal("ABC-1", (string)response.Json["key"]);
            }
            var log = _cloud.Requests.Snapshot();
            var token = Assert.Single(log, r => r.ApiPath == "/oauth/token");
            Assert.Contains("\"grant_type\":\"client_credentials\"", token.Body);
            Assert.Contains("\"scope\":\"read:jira-work read:jira-user\"", token.Body);
            Assert.All(log.Where(r => r.ApiPath.StartsWith("/rest/")), r => Assert.Equal("gateway", r.Origin));
            Assert.Equal(1, _cloud.OAuth.ClientCredentialsGrants); // the validation's token serves the calls after it
        }

        [Fact]
        public async Task AnExpiredAccessTokenIsReplacedOnceAfterThe401()
        {
            using (var connection = (await Connect(_cloud, OAuthTestSettings.ServiceAccount())).Connection)
            {
                _cloud.OAuth.ExpireAccessTokens();
                await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
                    connection.Client.SendAsync(new JiraRequest(HttpMethod.Get, "myself"), CancellationToken.None)));
            }
            Assert.Equal(2, _cloud.OAuth.ClientCredentialsGrants);
        }

        [Fact]
        public async Task AWrongClientSecretIsReportedAsClientRejectedWithTheServiceAccountRemedy()
        {
            var error = await Assert.ThrowsAsync<JiraAuthenticationException>(() => Connect(_cloud, OAuthTestSettings.ServiceAccount("wrong-secret-value")));

            Assert.Equal(TokenStatus.OAuthClientRejected, error.Diagnosis.Reason);
            Assert.Contains("access_denied", error.Diagnosis.Message);
            Assert.Equal(RemedyKind.OAuthFixServiceAccountClient, error.Diagnosis.Remedy.Kind);
            Assert.DoesNotContain("wrong-secret-value", error.Diagnosis.ToString() + error.Diagnosis.Remedy + error.Diagnosis.Detail);
        }

        [Fact]
        public async Task AScopeTheCredentialLacksIsReportedAsScopeNotAllowed()
        {
            var error = await Assert.ThrowsAsync<JiraAuthenticationException>(() =>
                Connect(_cloud, OAuthTestSettings.ServiceAccount(), new[] { "manage:jira-configuration" }));

            Assert.Equal(TokenStatus.OAuthScopeNotAllowed, error.Diagnosis.Reason);
            Assert.Contains("invalid_scope", error.Diagnosis.Message);
        }

        [Fact]
        public async Task ACloudIdAloneFindsTheSiteThroughAccessibleResources()
        {
            var result = await Connect(_cloud, OAuthTestSettings.ServiceAccount(), adjust: s =>
                new ConnectionSettings(s) { Site = null, CloudId = _cloud.Options.CloudId });
            using (result.Connection)
            {
                Assert.Equal(_cloud.SiteUrl, result.Connection.Site.ToString());
                Assert.DoesNotContain(_cloud.Requests.Snapshot(), r => r.ApiPath == "/_edge/tenant_info");
            }
        }

        [Fact]
        public async Task ADataCenterServiceAccountUsesTheSitesFormEncodedTokenEndpointAndBearerToTheSite()
        {
            var client = new OAuthClientCredential(FakeAccounts.DcServiceClientId, SecretText.FromString(FakeAccounts.DcServiceClientSecret));
            var result = await Connect(_dataCenter, client, new[] { "READ" });
            using (var connection = result.Connection)
            {
                Assert.Equal(AuthMode.OAuthClientCredentials, connection.AuthMode);
                Assert.Equal(DeploymentType.DataCenter, connection.Deployment);
                Assert.Equal("2", connection.DefaultApiVersion);
                Assert.Equal(FakeAccounts.DcDisplayName, connection.Account.DisplayName);
            }
            var token = Assert.Single(_dataCenter.Requests.Snapshot(), r => r.ApiPath == "/jira/rest/oauth2/latest/token");
            Assert.Contains("grant_type=client_credentials", token.Body);
            Assert.Contains("scope=READ", token.Body);
        }
    }
}
