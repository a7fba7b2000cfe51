using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Http;
using JiraAuth.Core.Storage;
using JiraAuth.Core.Tests.Support;
using JiraAuth.FakeJira;
using Xunit;
using JiraAuth.Core.Connecting;

namespace JiraAuth.Core.Tests.Integration
{
    /// <summary>A connection's proxy, against a forwarding proxy on 127.0.0.1 that answers 407 until it gets Basic credentials.</summary>
    public class ProxyTests : IClassFixture<CloudServerFixture>
    {
        private const string ProxyUser = "proxy-user";
        private const string ProxyPassword = "proxy-secret-Pw0";
        private readonly FakeJiraServer _server;

        public ProxyTests(CloudServerFixture fixture)
        {
            _server = fixture.Server;
            _server.ResetLockouts();
        }

        private static ConnectionSettings WithProxy(ConnectionSettings settings, ProxySettings proxy) =>
            new ConnectionSettings(settings) { Transport = new TransportSettings { Timeout = settings.Timeout, AllowUnencrypted = true, Proxy = proxy } };

        private ConnectionSettings Settings(ProxySettings proxy)
        {
            var settings = FakeJiraSettings.For(_server, AuthMode.ApiToken, FakeAccounts.AdminEmail, FakeAccounts.AdminClassicToken);
            return WithProxy(settings, proxy);
        }

        [Fact]
        public async Task Requests_go_through_the_proxy_answering_its_407_with_the_proxy_credentials_which_never_reach_Jira()
        {
            await using var proxy = new AuthenticatingProxy(ProxyUser, ProxyPassword);
            var settings = Settings(new ProxySettings { Address = proxy.Address, UserName = ProxyUser, Password = SecretText.FromString(ProxyPassword) });
            _server.Requests.Clear();

            var result = await new JiraConnector(new CloudIdResolver()).ConnectAsync("proxied", settings, true, CancellationToken.None);
            using (var connection = result.Connection)
            {
                var response = await connection.Client.SendAsync(new JiraRequest(HttpMethod.Get, "project/search"), CancellationToken.None);
                Assert.True(response.IsSuccess);
            }

            Assert.True(proxy.Challenges >= 1, "the proxy never asked for credentials");
            Assert.Contains(proxy.Forwarded, r => r.StartsWith("GET " + _server.SiteUrl + "/rest/api/3/myself"));
            Assert.Contains(proxy.Forwarded, r => r.StartsWith("GET " + _server.SiteUrl + "/rest/api/3/project/search"));
            Assert.Empty(proxy.LeakedUpstream);
            var seen = _server.Requests.Snapshot();
            Assert.NotEmpty(seen);
            Assert.All(seen, r => Assert.Null(r.Header("Proxy-Authorization")));
            Assert.All(seen, r => Assert.StartsWith("Basic ", r.Header("Authorization")));
        }

        [Fact]
        public async Task An_OAuth_service_account_gets_its_token_and_calls_Jira_through_the_proxy()
        {
            await using var proxy = new AuthenticatingProxy(ProxyUser, ProxyPassword);
            var settings = WithProxy(JiraAuth.Core.Tests.OAuth.OAuthTestSettings.For(_server),
                new ProxySettings { Address = proxy.Address, UserName = ProxyUser, Password = SecretText.FromString(ProxyPassword) });

            var result = await new JiraAuth.Core.Connecting.OAuthConnector(new CloudIdResolver()).ConnectServiceAccountAsync(
                "bot", settings, JiraAuth.Core.Tests.OAuth.OAuthTestSettings.ServiceAccount(), new[] { "read:jira-work" }, true, CancellationToken.None);
            result.Connection.Dispose();

            Assert.Contains(proxy.Forwarded, r => r.StartsWith("POST ") && r.EndsWith("/oauth/token"));
            Assert.Contains(proxy.Forwarded, r => r.StartsWith("GET ") && r.Contains("/rest/api/3/myself"));
            Assert.Empty(proxy.LeakedUpstream);
        }

        [Fact]
        public async Task A_wrong_proxy_password_is_a_407_error_that_does_not_show_the_password()
        {
            await using var proxy = new AuthenticatingProxy(ProxyUser, ProxyPassword);
            var settings = Settings(new ProxySettings { Address = proxy.Address, UserName = ProxyUser, Password = SecretText.FromString("wrong-Pw1") });
            using var client = new JiraClient(ConnectionTarget.For(settings, AuthMode.ApiToken, null).ClientOptions(settings));

            var error = await Assert.ThrowsAsync<JiraApiException>(() => client.SendAsync(new JiraRequest(HttpMethod.Get, "myself"), CancellationToken.None));
            Assert.Equal(407, error.StatusCode);
            Assert.DoesNotContain("wrong-Pw1", error.ToString());
            Assert.Empty(proxy.Forwarded);
        }

        [Fact]
        public async Task Without_proxy_credentials_the_proxy_refuses_and_nothing_is_forwarded()
        {
            await using var proxy = new AuthenticatingProxy(ProxyUser, ProxyPassword);
            var settings = Settings(new ProxySettings { Address = proxy.Address });
            using var client = new JiraClient(ConnectionTarget.For(settings, AuthMode.ApiToken, null).ClientOptions(settings));
            var error = await Assert.ThrowsAsync<JiraApiException>(() => client.SendAsync(new JiraRequest(HttpMethod.Get, "myself"), CancellationToken.None));
            Assert.Equal(407, error.StatusCode);
            Assert.Empty(proxy.Forwarded);
        }

        [Fact]
        public void The_proxy_is_saved_in_the_record_with_its_password_and_read_back()
        {
            var settings = Settings(new ProxySettings { Address = new Uri("http://proxy.corp.example:3128"), UserName = ProxyUser,
                Password = SecretText.FromString(ProxyPassword) });
            var record = new ConnectionRecord
            {
                Name = "p", Site = settings.Site.ToString(), AuthMode = AuthMode.ApiToken, UserName = FakeAccounts.AdminEmail,
                    AllowUnencryptedAuthentication = true,
                Secret = SecretText.FromString("t"), ProxyUri = settings.Proxy.Address.ToString(), ProxyUserName = ProxyUser,
                    ProxyPassword = settings.Proxy.Password,
            };
            var read = ConnectionRecordSerializer.Deserialize("JiraAuth:p", ConnectionRecordSerializer.Serialize(record));
            var proxy = ConnectionRecordMapper.ToSettings(read).Proxy;
            Assert.Equal(new Uri("http://proxy.corp.example:3128"), proxy.Address);
            Assert.Equal(ProxyUser, proxy.UserName);
            Assert.Equal(ProxyPassword, proxy.Password.Reveal());
            Assert.DoesNotContain(ProxyPassword, proxy.ToString());
            Assert.DoesNotContain(ProxyPassword, string.Join(" ", ConnectionRecordSerializer.Metadata(read).Values));

            record.ProxyUri = null; record.ProxyUserName = null; record.ProxyPassword = null;
            var plain = ConnectionRecordSerializer.Serialize(record);
            Assert.DoesNotContain("proxy", plain);
            Assert.Null(ConnectionRecordMapper.ToSettings(ConnectionRecordSerializer.Deserialize("JiraAuth:p", plain)).Proxy);
        }
    }
}
