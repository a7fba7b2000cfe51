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
using JiraAuth.Core.Tests.Support;
using JiraAuth.FakeJira;
using Xunit;
using JiraAuth.Core.Connecting;

namespace JiraAuth.Core.Tests.Integration
{
    public class ConnectorTests : IClassFixture<CloudServerFixture>
    {
        private readonly FakeJiraServer _server;

        public ConnectorTests(CloudServerFixture fixture)
        {
            _server = fixture.Server;
            _server.ResetLockouts();
            _server.Requests.Clear();
        }

        private Task<ConnectResult> Connect(AuthMode mode, string email, string token, bool validate = true) =>
            new JiraConnector(new CloudIdResolver()).ConnectAsync("work", FakeJiraSettings.For(_server, mode, email, token), validate, CancellationToken.None);

        [Fact]
        public async Task AScopedTokenConnectionTalksToTheGateway()
        {
            var result = await Connect(AuthMode.Auto, FakeAccounts.ScopedEmail, FakeAccounts.ScopedToken);
            using (var connection = result.Connection)
            {
                Assert.Equal("work", connection.Name);
                Assert.Equal(AuthMode.ScopedApiToken, connection.AuthMode);
                Assert.Equal(_server.Options.CloudId, connection.CloudId);
                Assert.Equal(FakeAccounts.ScopedDisplayName, connection.Account.DisplayName);
                _server.Requests.Clear();

                var response = await connection.Client.SendAsync(new JiraRequest(HttpMethod.Get, "issue/ABC-1"), CancellationToken.None);

                Assert.Equal("ABC-1", (string)response.Json["key"]);
                var request = Assert.Single(_server.Requests.Snapshot());
                Assert.Equal("gateway", request.Origin);
                Assert.Equal("/rest/api/3/issue/ABC-1", request.ApiPath);
            }
        }

        [Fact]
        public async Task SkippingValidationSendsNothingAndAssumesAClassicToken()
        {
            var result = await Connect(AuthMode.Auto, FakeAccounts.AdminEmail, FakeAccounts.AdminClassicToken, validate: false);
            using (result.Connection)
            {
                Assert.Null(result.Diagnosis);
                Assert.Equal(AuthMode.ApiToken, result.Connection.AuthMode);
                Assert.Empty(_server.Requests.Snapshot());
            }
        }

        [Fact]
        public async Task AFailedValidationThrowsWithTheDiagnosis()
        {
            var error = await Assert.ThrowsAsync<JiraAuthenticationException>(() =>
                Connect(AuthMode.Auto, FakeAccounts.ExpiredEmail, FakeAccounts.ExpiredToken));

            Assert.Equal(TokenStatus.InvalidOrExpired, error.Diagnosis.Reason);
            Assert.Contains("InvalidOrExpired", error.Message);
            Assert.DoesNotContain(FakeAccounts.ExpiredToken, error.Message);
        }

        [Fact]
        public async Task RefusesPlainHttpUnlessAllowed()
        {
            var allowed = FakeJiraSettings.For(_server, AuthMode.ApiToken, FakeAccounts.AdminEmail, FakeAccounts.AdminClassicToken);
            var settings = new ConnectionSettings(allowed) { Transport = new TransportSettings { Timeout = allowed.Timeout } };

            var error = await Assert.ThrowsAsync<ArgumentException>(() =>
                new JiraConnector(new CloudIdResolver()).ConnectAsync("x", settings, false, CancellationToken.None));

            Assert.Contains("would travel unencrypted", error.Message);
            Assert.Equal(RemedyKind.UseHttpsEndpoint, Remedies.Of(error).Kind);
            Assert.Empty(_server.Requests.Snapshot());
        }

        [Fact]
        public async Task TheConnectionDescribesButNeverShowsTheSecret()
        {
            var result = await Connect(AuthMode.Auto, FakeAccounts.AdminEmail, FakeAccounts.AdminClassicToken);
            using (var connection = result.Connection)
            {
                var visible = string.Join("\n", typeof(JiraConnection).GetProperties().Where(p => p.GetIndexParameters().Length == 0)
                    .Select(p => Convert.ToString(p.GetValue(connection))));
                Assert.Contains(FakeAccounts.AdminEmail, visible);
                Assert.DoesNotContain(FakeAccounts.AdminClassicToken, visible);
                Assert.DoesNotContain(FakeAccounts.AdminClassicToken, connection.ToString());
            }
        }
    }
}
