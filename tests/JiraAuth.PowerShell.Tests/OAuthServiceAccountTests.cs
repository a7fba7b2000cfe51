using System;
using System.Linq;
using JiraAuth.FakeJira;
using JiraAuth.PowerShell.Tests.Support;
using Xunit;

namespace JiraAuth.PowerShell.Tests
{
    /// <summary>Service accounts (client credentials) and what a non-interactive host does with a 3LO request.</summary>
    public sealed class OAuthServiceAccountTests : IClassFixture<PowerShellSession>
    {
        private readonly PowerShellSession _session;

        public OAuthServiceAccountTests(PowerShellSession session)
        {
            _session = session;
            _session.Reset();
        }

        private RunResult ConnectBot(string extra = "") =>
            _session.Run("Connect-JiraCloud -ClientId $ClientId -ClientSecret $Secret -ServiceAccount -Site $Site -Name bot -AllowUnencryptedAuthentication "
                + "-GatewayUri $Gateway -AuthUri $Auth " + extra,
                _session.CloudParameters(("ClientId", FakeAccounts.ServiceClientId), ("Secret", Ps.Secure(FakeAccounts.ServiceClientSecret)),
                    ("Auth", _session.Cloud.AuthUrl)));

        [Fact]
        public void A_service_account_connects_calls_Jira_and_tests_valid()
        {
            var connection = ConnectBot().AssertNoErrors().Single;
            Assert.Equal("OAuthClientCredentials", Ps.Prop(connection, "AuthMode").ToString());
            Assert.Equal(FakeAccounts.ServiceAccountDisplayName, Ps.Prop(connection, "Account.DisplayName"));

            var myself = _session.Run("Invoke-JiraRestMethod myself -Connection bot").AssertNoErrors().Single;
            Assert.Equal(FakeAccounts.ServiceAccountId, Ps.Prop(myself, "accountId"));
            var test = _session.Run("Test-JiraToken -Connection bot").AssertNoErrors().Single;
            Assert.Equal("Valid", Ps.Prop(test, "Reason").ToString());
        }

        [Fact]
        public void The_token_request_shows_in_Verbose_and_Debug_like_any_request_without_the_secret_or_the_token()
        {
            var result = _session.Run("Connect-JiraCloud -ClientId $ClientId -ClientSecret $Secret -ServiceAccount -Site $Site -Name bot "
                + "-AllowUnencryptedAuthentication -GatewayUri $Gateway -AuthUri $Auth",
                _session.CloudParameters(("ClientId", FakeAccounts.ServiceClientId), ("Secret", Ps.Secure(FakeAccounts.ServiceClientSecret)),
                    ("Auth", _session.Cloud.AuthUrl)), verbose: true, debug: true).AssertNoErrors();

            Assert.Contains(result.Verbose, v => v.Message.StartsWith("POST ") && v.Message.Contains("/oauth/token -> 200"));
            Assert.Contains(result.Debug, d => d.Message.StartsWith("POST ") && d.Message.Contains("/oauth/token -> 200"));
            var bearer = _session.Cloud.Requests.Snapshot().Last(r => r.ApiPath == "/rest/api/3/myself").Header("Authorization");
            Assert.StartsWith("Bearer ", bearer);
            var accessToken = bearer.Substring("Bearer ".Length);
            Assert.DoesNotContain(result.VisibleText(), t => t != null && (t.Contains(FakeAccounts.ServiceClientSecret) || t.Contains(accessToken)));
        }

        [Fact]
        public void A_credential_whose_user_name_is_the_client_id_works_too_and_a_saved_service_account_reconnects()
        {
            _session.Run("Connect-JiraCloud -Site $Site -Credential $Credential -ServiceAccount -Name bot -Save -Vault Stub -AllowUnencryptedAuthentication "
                + "-GatewayUri $Gateway -AuthUri $Auth",
                _session.CloudParameters(("Credential", Ps.Credential(FakeAccounts.ServiceClientId, FakeAccounts.ServiceClientSecret)),
                    ("Auth", _session.Cloud.AuthUrl))).AssertNoErrors();
            _session.Run("Disconnect-JiraCloud -All").AssertNoErrors();

            var loaded = _session.Run("Connect-JiraCloud -Name bot").AssertNoErrors().Single;

            Assert.Equal("OAuthClientCredentials", Ps.Prop(loaded, "AuthMode").ToString());
            var plain = _session.Run("Get-Secret -Name 'JiraAuth:bot' -Vault Stub -AsPlainText").AssertNoErrors().Single.ToString();
            Assert.Contains(FakeAccounts.ServiceClientSecret, plain);
            Assert.DoesNotContain("access", plain);
        }

        [Fact]
        public void A_wrong_client_secret_fails_with_the_reason_and_no_secret_anywhere()
        {
            var result = _session.Run("Connect-JiraCloud -ClientId $ClientId -ClientSecret $Secret -ServiceAccount -Site $Site -AllowUnencryptedAuthentication "
                + "-GatewayUri $Gateway -AuthUri $Auth",
                _session.CloudParameters(("ClientId", FakeAccounts.ServiceClientId), ("Secret", Ps.Secure("not-the-secret-9f8e7d")),
                    ("Auth", _session.Cloud.AuthUrl)));

            var error = result.SingleError;
            Assert.Equal("JiraAuthenticationFailed,JiraAuth.Commands.ConnectJiraCloudCommand", error.FullyQualifiedErrorId);
            Assert.Contains("access_denied", error.Exception.Message);
            Assert.Contains("Service accounts", error.ErrorDetails.RecommendedAction);
            Assert.DoesNotContain(result.VisibleText(), t => t != null && t.Contains("not-the-secret-9f8e7d"));
        }

        [Fact]
        public void A_non_interactive_host_never_starts_a_sign_in_and_names_the_command_to_run_once()
        {
            var result = _session.Run("Connect-JiraCloud -ClientId $ClientId -ClientSecret $Secret -Scope read:jira-work -Name nightly -AuthUri $Auth",
                _session.CloudParameters(("ClientId", FakeAccounts.OAuthClientId), ("Secret", Ps.Secure(FakeAccounts.OAuthClientSecret)),
                    ("Auth", _session.Cloud.AuthUrl)));

            var error = result.SingleError;
            Assert.Equal("JiraOAuthInteractiveSignInRequired,JiraAuth.Commands.ConnectJiraCloudCommand", error.FullyQualifiedErrorId);
            Assert.Contains("Connect-JiraCloud -ClientId '" + FakeAccounts.OAuthClientId + "'", error.ErrorDetails.RecommendedAction);
            Assert.Contains("-Name 'nightly' -Save", error.ErrorDetails.RecommendedAction);
            Assert.Equal(0, _session.Cloud.OAuth.CodeGrants);
            Assert.DoesNotContain(_session.Cloud.Requests.Snapshot(), r => r.ApiPath == "/authorize");
        }
    }
}
