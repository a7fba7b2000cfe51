using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using JiraAuth.FakeJira;
using JiraAuth.PowerShell.Tests.Support;
using Xunit;

namespace JiraAuth.PowerShell.Tests
{
    /// <summary>-WhatIf and declined confirmations change nothing; -Save and -Forget check the vault first and name it.</summary>
    public sealed class WhatIfAndForgetTests : IClassFixture<PowerShellSession>
    {
        private readonly PowerShellSession _session;

        public WhatIfAndForgetTests(PowerShellSession session)
        {
            _session = session;
            _session.Reset();
        }

        private string[] SessionConnections() => _session.Run("Get-JiraConnection").AssertNoErrors().Output.Select(c => (string)Ps.Prop(c, "Name")).ToArray();

        private void SaveNightly() =>
            _session.Run("Connect-JiraCloud -Site $Site -Email $Email -ApiToken $Token -Name nightly -Save -Vault Stub -AllowUnencryptedAuthentication "
                + "-GatewayUri $Gateway",
                _session.CloudParameters(("Email", FakeAccounts.AdminEmail), ("Token", Ps.Secure(FakeAccounts.AdminClassicToken)))).AssertNoErrors();

        [Fact]
        public void Disconnect_with_WhatIf_keeps_the_connection()
        {
            _session.ConnectAdmin("alpha");

            _session.Run("Disconnect-JiraCloud -Name alpha -WhatIf").AssertNoErrors();
            _session.Run("Disconnect-JiraCloud -All -WhatIf").AssertNoErrors();

            Assert.Equal(new[] { "alpha" }, SessionConnections());
        }

        [Fact]
        public void Forget_with_WhatIf_keeps_both_the_connection_and_the_secret()
        {
            SaveNightly();

            _session.Run("Disconnect-JiraCloud -Name nightly -Forget -Vault Stub -WhatIf").AssertNoErrors();

            Assert.Equal(new[] { "nightly" }, SessionConnections());
            Assert.Single(_session.Run("Get-StubVaultEntry").AssertNoErrors().Output);

            _session.Run("Disconnect-JiraCloud -Name nightly -Forget -Vault Stub -Confirm:$false").AssertNoErrors();
            Assert.Empty(SessionConnections());
            Assert.Empty(_session.Run("Get-StubVaultEntry").AssertNoErrors().Output);
        }

        [Fact]
        public void Saving_to_an_unknown_vault_fails_before_any_login()
        {
            var result = _session.Run("Connect-JiraCloud -Site $Site -Email $Email -ApiToken $Token -Name nightly -Save -Vault NoSuchVault "
                + "-AllowUnencryptedAuthentication -GatewayUri $Gateway",
                _session.CloudParameters(("Email", FakeAccounts.AdminEmail), ("Token", Ps.Secure(FakeAccounts.AdminClassicToken))));

            var error = result.Terminating?.ErrorRecord ?? result.SingleError;
            Assert.StartsWith("JiraVaultNotConfigured", error.FullyQualifiedErrorId);
            Assert.Contains("NoSuchVault", error.Exception.Message);
            Assert.Equal(0, _session.Cloud.Requests.Count);
            Assert.Empty(SessionConnections());
        }

        [Fact]
        public void Forget_names_the_vault_it_found_the_secret_in()
        {
            SaveNightly();
            _session.Run("Disconnect-JiraCloud -All").AssertNoErrors();

            var result = _session.Run("Disconnect-JiraCloud -Name nightly -Forget -Verbose -Confirm:$false", verbose: true).AssertNoErrors();

            Assert.Contains(result.Verbose, v => v.Message.Contains("vault 'Stub'"));
            Assert.Empty(_session.Run("Get-StubVaultEntry").AssertNoErrors().Output);
        }
    }
}
