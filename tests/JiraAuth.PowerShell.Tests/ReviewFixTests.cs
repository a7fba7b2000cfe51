using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using JiraAuth.FakeJira;
using JiraAuth.PowerShell.Tests.Support;
using Xunit;

namespace JiraAuth.PowerShell.Tests
{
    /// <summary>Behaviours a review of the cmdlets asked for: -WhatIf changes nothing, failed downloads keep the old file, -Quiet always answers.</summary>
    public sealed class ReviewFixTests : IClassFixture<PowerShellSession>
    {
        private readonly PowerShellSession _session;

        public ReviewFixTests(PowerShellSession session)
        {
            _session = session;
            _session.Reset();
        }

        private string[] SessionConnections() => _session.Run("Get-JiraConnection").AssertNoErrors().Output.Select(c => (string)Ps.Prop(c, "Name")).ToArray();

        private void SaveNightly() =>
            _session.Run("Connect-JiraCloud -Site $Site -Email $Email -ApiToken $Token -Name nightly -Save -Vault Stub -AllowUnencryptedAuthentication -GatewayUri $Gateway",
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
            var result = _session.Run("Connect-JiraCloud -Site $Site -Email $Email -ApiToken $Token -Name nightly -Save -Vault NoSuchVault -AllowUnencryptedAuthentication -GatewayUri $Gateway",
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

        [Fact]
        public void A_failed_download_keeps_the_file_that_was_there()
        {
            _session.ConnectAdmin();
            var target = Path.Combine(Path.GetTempPath(), "jiraauth-" + Guid.NewGuid().ToString("N") + ".bin");
            File.WriteAllText(target, "previous copy");
            try
            {
                var failed = _session.Run("Invoke-JiraRestMethod attachment/content/999999 -OutFile $Target", new System.Collections.Hashtable { ["Target"] = target });
                Assert.Equal("JiraApi404", failed.Terminating?.ErrorRecord.FullyQualifiedErrorId.Split(',')[0] ?? failed.SingleError.FullyQualifiedErrorId.Split(',')[0]);

                var skipped = _session.Run("Invoke-JiraRestMethod attachment/content/999999 -OutFile $Target -SkipHttpErrorCheck -StatusCodeVariable status; $status",
                    new System.Collections.Hashtable { ["Target"] = target });
                Assert.Equal(404, Ps.Unwrap(skipped.Single));
                Assert.Contains(skipped.Warnings, w => w.Message.Contains("Nothing was saved"));

                Assert.Equal("previous copy", File.ReadAllText(target));
                Assert.False(File.Exists(target + ".partial"));
            }
            finally
            {
                File.Delete(target);
            }
        }

        [Fact]
        public void Paginate_sets_the_status_and_header_variables()
        {
            _session.ConnectAdmin();

            var result = _session.Run("$items = Invoke-JiraRestMethod project/search -Paginate -StatusCodeVariable code -ResponseHeadersVariable headers; $items.Count; $code; $headers['Content-Type']").AssertNoErrors();

            Assert.Equal(123, Convert.ToInt32(Ps.Unwrap(result.Output[0])));
            Assert.Equal(200, Ps.Unwrap(result.Output[1]));
            Assert.Contains("json", result.Output[2].ToString());
        }

        [Fact]
        public void Quiet_answers_false_even_when_there_is_nothing_to_test()
        {
            var result = _session.Run("Test-JiraToken -Quiet");

            Assert.Equal(false, Ps.Unwrap(result.Single));
            Assert.StartsWith("JiraConnectionNotFound", result.SingleError.FullyQualifiedErrorId);
        }

        [Fact]
        public void A_credential_without_a_password_is_named_as_such()
        {
            var result = _session.Run("Connect-JiraCloud -Site $Site -Credential ([pscredential]::Empty) -AllowUnencryptedAuthentication -GatewayUri $Gateway", _session.CloudParameters());

            var error = result.Terminating?.ErrorRecord ?? result.SingleError;
            Assert.StartsWith("JiraInvalidCredential", error.FullyQualifiedErrorId);
            Assert.Contains("password field", error.Exception.Message);
            Assert.Equal(0, _session.Cloud.Requests.Count);
        }
    }
}
