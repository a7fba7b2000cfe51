using System.Linq;
using JiraAuth.FakeJira;
using JiraAuth.PowerShell.Tests.Support;
using Xunit;

namespace JiraAuth.PowerShell.Tests
{
    public sealed class TestJiraTokenTests : IClassFixture<PowerShellSession>
    {
        private const string TestWithCredential = "Test-JiraToken -Site $Site -Credential $Cred -AllowUnencryptedAuthentication -GatewayUri $Gateway ";
        private readonly PowerShellSession _session;

        public TestJiraTokenTests(PowerShellSession session)
        {
            _session = session;
            _session.Reset();
        }

        [Theory]
        [InlineData(FakeAccounts.AdminEmail, FakeAccounts.AdminClassicToken, "", true, "Valid")]
        [InlineData(FakeAccounts.ScopedEmail, FakeAccounts.ScopedToken, "", true, "Valid")]
        [InlineData(FakeAccounts.ExpiredEmail, FakeAccounts.ExpiredToken, "", false, "InvalidOrExpired")]
        [InlineData(FakeAccounts.LockedEmail, FakeAccounts.LockedToken, "", false, "CaptchaRequired")]
        [InlineData(FakeAccounts.LimitedEmail, FakeAccounts.LimitedToken, "", false, "ScopeMissing")]
        [InlineData(FakeAccounts.NoAccessEmail, FakeAccounts.NoAccessToken, "", false, "Forbidden")]
        [InlineData(FakeAccounts.ScopedEmail, FakeAccounts.ScopedToken, "-AuthMode ApiToken", false, "ScopedTokenSentToSite")]
        public void Reports_the_reason_without_an_error_record(string email, string token, string extra, bool valid, string reason)
        {
            var result = _session.Run(TestWithCredential + extra, _session.CloudParameters(("Cred", Ps.Credential(email, token))));

            result.AssertNoErrors();
            var test = result.Single;
            Assert.Equal("JiraAuth.Output.JiraTokenTestResult", test.BaseObject.GetType().FullName);
            Assert.Equal(valid, Ps.Prop(test, "IsValid"));
            Assert.Equal(reason, Ps.Prop(test, "Reason").ToString());
            Assert.False(string.IsNullOrEmpty((string)Ps.Prop(test, "Message")));
            Assert.Equal(email, Ps.Prop(test, "UserName"));
            if (!valid) Assert.False(string.IsNullOrEmpty((string)Ps.Prop(test, "Remedy")));
            // Nothing was registered: testing is not connecting.
            Assert.Empty(_session.Run("Get-JiraConnection").Output);
        }

        [Fact]
        public void Quiet_returns_only_a_bool()
        {
            var good = _session.Run(TestWithCredential + "-Quiet",
                _session.CloudParameters(("Cred", Ps.Credential(FakeAccounts.AdminEmail, FakeAccounts.AdminClassicToken)))).AssertNoErrors();
            Assert.True(Assert.IsType<bool>(good.Single.BaseObject));
            var bad = _session.Run(TestWithCredential + "-Quiet",
                _session.CloudParameters(("Cred", Ps.Credential(FakeAccounts.ExpiredEmail, FakeAccounts.ExpiredToken)))).AssertNoErrors();
            Assert.False(Assert.IsType<bool>(bad.Single.BaseObject));
        }

        [Fact]
        public void Connection_by_name_by_object_from_the_pipeline_and_the_default()
        {
            _session.ConnectAdmin("first");
            _session.Run("Connect-JiraCloud -Site $Site -Credential $Cred -Name work -AllowUnencryptedAuthentication -GatewayUri $Gateway",
                _session.CloudParameters(("Cred", Ps.Credential(FakeAccounts.ScopedEmail, FakeAccounts.ScopedToken)))).AssertNoErrors();

            foreach (var script in new[]
            {
                "Test-JiraToken -Connection work",
                "Test-JiraToken work",
                "Test-JiraToken -Connection (Get-JiraConnection work)",
                "Get-JiraConnection work | Test-JiraToken",
            })
            {
                var test = _session.Run(script).AssertNoErrors().Single;
                Assert.True((bool)Ps.Prop(test, "IsValid"), script);
                Assert.Equal("ScopedApiToken", Ps.Prop(test, "AuthMode").ToString());
                Assert.Equal(FakeAccounts.ScopedAccountId, Ps.Prop(test, "Account.AccountId"));
            }

            var byDefault = _session.Run("Test-JiraToken").AssertNoErrors().Single;
            Assert.Equal(FakeAccounts.AdminAccountId, Ps.Prop(byDefault, "Account.AccountId"));
            Assert.Equal("ApiToken", Ps.Prop(byDefault, "AuthMode").ToString());

            var both = _session.Run("Get-JiraConnection | Test-JiraToken -Quiet").AssertNoErrors();
            Assert.Equal(new object[] { true, true }, both.Output.Select(o => o.BaseObject));
        }

        [Fact]
        public void ExpiresOn_gives_the_whole_days_left()
        {
            var test = _session.Run(TestWithCredential + "-ExpiresOn $Expires", _session.CloudParameters(
                ("Cred", Ps.Credential(FakeAccounts.AdminEmail, FakeAccounts.AdminClassicToken)),
                ("Expires", System.DateTime.Now.AddDays(10.5)))).AssertNoErrors().Single;

            Assert.True((bool)Ps.Prop(test, "IsValid"));
            Assert.Equal(10, System.Convert.ToInt32(Ps.Prop(test, "DaysUntilExpiry")));
        }

        [Fact]
        public void Unknown_connection_name_is_an_error()
        {
            var error = _session.Run("Test-JiraToken -Connection nope").SingleError;
            Assert.Contains("nope", error.ToString());
            Assert.Equal(System.Management.Automation.ErrorCategory.InvalidData, error.CategoryInfo.Category);
        }

        [Fact]
        public void Quiet_answers_false_even_when_there_is_nothing_to_test()
        {
            var result = _session.Run("Test-JiraToken -Quiet");

            Assert.Equal(false, Ps.Unwrap(result.Single));
            Assert.StartsWith("JiraConnectionNotFound", result.SingleError.FullyQualifiedErrorId);
        }
    }
}
