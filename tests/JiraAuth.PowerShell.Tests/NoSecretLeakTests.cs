using System;
using System.Collections;
using System.Linq;
using System.Text;
using JiraAuth.FakeJira;
using JiraAuth.PowerShell.Tests.Support;
using Xunit;

namespace JiraAuth.PowerShell.Tests
{
    /// <summary>Nothing secret in any output object, error, warning or verbose record, for failing and succeeding calls.</summary>
    public sealed class NoSecretLeakTests : IClassFixture<PowerShellSession>
    {
        private readonly PowerShellSession _session;

        public NoSecretLeakTests(PowerShellSession session)
        {
            _session = session;
            _session.Reset();
        }

        private static void AssertNoSecret(RunResult result, string email, string token)
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(email + ":" + token));
            var texts = result.VisibleText().Where(t => t != null).ToList();
            Assert.NotEmpty(texts);
            foreach (var text in texts)
            {
                Assert.DoesNotContain(token, text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(basic, text);
            }
        }

        [Theory]
        [InlineData(FakeAccounts.AdminEmail, FakeAccounts.AdminClassicToken, true)]
        [InlineData(FakeAccounts.ScopedEmail, FakeAccounts.ScopedToken, true)]
        [InlineData(FakeAccounts.ExpiredEmail, FakeAccounts.ExpiredToken, false)]
        [InlineData(FakeAccounts.NoAccessEmail, FakeAccounts.NoAccessToken, false)]
        public void Connect_test_and_invoke_show_no_token(string email, string token, bool works)
        {
            var parameters = _session.CloudParameters(("Email", email), ("Token", Ps.Secure(token)), ("Cred", Ps.Credential(email, token)));
            const string Endpoints = " -AllowUnencryptedAuthentication -GatewayUri $Gateway -Verbose";

            var connect = _session.Run("Connect-JiraCloud -Site $Site -Email $Email -ApiToken $Token -Name leak" + Endpoints, parameters, verbose: true);
            Assert.Equal(works, connect.Errors.Count == 0);
            AssertNoSecret(connect, email, token);

            var test = _session.Run("Test-JiraToken -Site $Site -Credential $Cred" + Endpoints, parameters, verbose: true).AssertNoErrors();
            AssertNoSecret(test, email, token);

            if (works)
            {
                foreach (var script in new[]
                {
                    "Invoke-JiraRestMethod myself -Connection leak -Verbose",
                    "Invoke-JiraRestMethod issue/NOPE-1 -Connection leak -Verbose",
                    "Get-JiraConnection -Verbose",
                    "Test-JiraToken -Connection leak -Verbose",
                    "$c = Get-JiraConnection leak; $c.PSObject.Properties | ForEach-Object { $_.Name + '=' + $_.Value }",
                })
                {
                    AssertNoSecret(_session.Run(script, verbose: true), email, token);
                }
            }
        }

        [Fact]
        public void Data_Center_pat_and_password_show_no_secret()
        {
            var dc = new Hashtable
            {
                ["Site"] = _session.DataCenter.SiteUrl,
                ["Pat"] = Ps.Secure(FakeAccounts.DcPat),
                ["Bad"] = Ps.Secure(FakeAccounts.DcPat + "-wrong"),
                ["Cred"] = Ps.Credential(FakeAccounts.DcUsername, FakeAccounts.DcPassword),
            };
            AssertNoSecret(_session.Run("Connect-JiraCloud -Site $Site -PersonalAccessToken $Pat -Name pat -AllowUnencryptedAuthentication -Verbose; "
                + "Invoke-JiraRestMethod myself -Connection pat -Verbose", dc, verbose: true).AssertNoErrors(), "", FakeAccounts.DcPat);
            var bad = _session.Run("Connect-JiraCloud -Site $Site -PersonalAccessToken $Bad -Name bad -AllowUnencryptedAuthentication -Verbose", dc,
                verbose: true);
            Assert.NotEmpty(bad.Errors);
            AssertNoSecret(bad, "", FakeAccounts.DcPat + "-wrong");
            AssertNoSecret(_session.Run("Connect-JiraCloud -Site $Site -Credential $Cred -AuthMode Password -Name pw -AllowUnencryptedAuthentication -Verbose",
                dc, verbose: true).AssertNoErrors(), FakeAccounts.DcUsername, FakeAccounts.DcPassword);
        }

        [Fact]
        public void Vault_load_shows_no_token()
        {
            var parameters = _session.CloudParameters(("Email", FakeAccounts.AdminEmail), ("Token", Ps.Secure(FakeAccounts.AdminClassicToken)));
            AssertNoSecret(_session.Run("Connect-JiraCloud -Site $Site -Email $Email -ApiToken $Token -Name saved -Save -Vault Stub "
                + "-AllowUnencryptedAuthentication -GatewayUri $Gateway", parameters, verbose: true).AssertNoErrors(),
                FakeAccounts.AdminEmail, FakeAccounts.AdminClassicToken);
            _session.Run("Disconnect-JiraCloud -All").AssertNoErrors();
            AssertNoSecret(_session.Run("Connect-JiraCloud -Name saved -Vault Stub; Get-JiraConnection -ListAvailable", verbose: true).AssertNoErrors(),
                FakeAccounts.AdminEmail, FakeAccounts.AdminClassicToken);

            // Control: the check does see a token that is written out.
            var revealed = _session.Run("Get-Secret -Name 'JiraAuth:saved' -Vault Stub -AsPlainText").AssertNoErrors();
            Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertNoSecret(revealed, FakeAccounts.AdminEmail, FakeAccounts.AdminClassicToken));
        }
    }
}
