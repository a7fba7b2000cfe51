using System.Linq;
using System.Threading.Tasks;
using JiraAuth.FakeJira;
using JiraAuth.PowerShell.Tests.Support;
using Xunit;

namespace JiraAuth.PowerShell.Tests
{
    /// <summary>Connect-JiraCloud -Proxy/-ProxyCredential against a forwarding proxy on 127.0.0.1 that wants Basic credentials.</summary>
    public sealed class ProxyTests : IClassFixture<PowerShellSession>
    {
        private const string ProxyPassword = "proxy-Secret-9x";
        private readonly PowerShellSession _session;

        public ProxyTests(PowerShellSession session)
        {
            _session = session;
            _session.Reset();
        }

        private RunResult Connect(AuthenticatingProxy proxy, string extra) =>
            _session.Run("Connect-JiraCloud -Site $Site -Email $Email -ApiToken $Token -Name viaproxy -AllowUnencryptedAuthentication -GatewayUri $Gateway "
                + "-Proxy $Proxy " + extra,
                _session.CloudParameters(("Email", FakeAccounts.AdminEmail), ("Token", Ps.Secure(FakeAccounts.AdminClassicToken)),
                    ("Proxy", proxy.Address), ("ProxyCredential", Ps.Credential("proxy-user", ProxyPassword))), verbose: true);

        [Fact]
        public async Task Connect_and_calls_go_through_the_proxy_with_its_credentials_and_the_password_is_never_shown()
        {
            await using var proxy = new AuthenticatingProxy("proxy-user", ProxyPassword);
            var connected = Connect(proxy, "-ProxyCredential $ProxyCredential").AssertNoErrors();
            var call = _session.Run("Invoke-JiraRestMethod myself -Connection viaproxy", verbose: true).AssertNoErrors();

            Assert.Equal(FakeAccounts.AdminEmail, Ps.Prop(call.Single, "emailAddress"));
            Assert.True(proxy.Challenges >= 1);
            Assert.Equal(2, proxy.Forwarded.Count(r => r.EndsWith("/rest/api/3/myself")));
            Assert.DoesNotContain(connected.VisibleText().Concat(call.VisibleText()), t => t.Contains(ProxyPassword));
        }

        [Fact]
        public async Task A_saved_connection_keeps_its_proxy_and_the_proxy_password_only_inside_the_secret()
        {
            await using var proxy = new AuthenticatingProxy("proxy-user", ProxyPassword);
            Connect(proxy, "-ProxyCredential $ProxyCredential -Save -Vault Stub").AssertNoErrors();
            _session.Run("Disconnect-JiraCloud -Name viaproxy").AssertNoErrors();
            var before = proxy.Forwarded.Count;

            _session.Run("Connect-JiraCloud -Name viaproxy").AssertNoErrors();
            _session.Run("Invoke-JiraRestMethod myself -Connection viaproxy").AssertNoErrors();
            Assert.True(proxy.Forwarded.Count >= before + 2, "the loaded connection did not use its saved proxy");

            var entry = _session.Run("Get-StubVaultEntry").AssertNoErrors().Single;
            var metadata = (System.Collections.IDictionary)Ps.Prop(entry, "Metadata");
            Assert.DoesNotContain(metadata.Values.Cast<object>(), v => (v?.ToString() ?? "").Contains(ProxyPassword));
            var secret = _session.Run("Get-Secret -Name 'JiraAuth:viaproxy' -Vault Stub -AsPlainText").AssertNoErrors().Single.ToString();
            Assert.Contains(ProxyPassword, secret);
        }

        [Fact]
        public async Task ProxyCredential_and_ProxyUseDefaultCredentials_together_are_refused()
        {
            await using var proxy = new AuthenticatingProxy("proxy-user", ProxyPassword);
            var result = Connect(proxy, "-ProxyCredential $ProxyCredential -ProxyUseDefaultCredentials");
            Assert.Contains("not both", result.SingleError.ToString());
            Assert.Empty(proxy.Forwarded);
        }

        [Fact]
        public async Task Without_proxy_credentials_the_connection_fails_with_the_proxys_407()
        {
            await using var proxy = new AuthenticatingProxy("proxy-user", ProxyPassword);
            var result = Connect(proxy, string.Empty);
            Assert.Contains("407", result.SingleError.ToString());
            Assert.Empty(proxy.Forwarded);
        }
    }
}
