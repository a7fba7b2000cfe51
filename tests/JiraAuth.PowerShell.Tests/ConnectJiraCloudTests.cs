using System.Linq;
using System.Management.Automation;
using JiraAuth.FakeJira;
using JiraAuth.PowerShell.Tests.Support;
using Xunit;

namespace JiraAuth.PowerShell.Tests
{
    public sealed class ConnectJiraCloudTests : IClassFixture<PowerShellSession>
    {
        private const string Connect = "Connect-JiraCloud -AllowUnencryptedAuthentication -GatewayUri $Gateway ";
        private readonly PowerShellSession _session;

        public ConnectJiraCloudTests(PowerShellSession session)
        {
            _session = session;
            _session.Reset();
        }

        private string CloudSite => _session.Cloud.SiteUrl;

        [Fact]
        public void Credential_with_a_classic_token_connects_with_ApiToken_at_the_site()
        {
            var result = _session.Run(Connect + "-Site $Site -Credential $Cred",
                _session.CloudParameters(("Cred", Ps.Credential(FakeAccounts.AdminEmail, FakeAccounts.AdminClassicToken)))).AssertNoErrors();

            var connection = result.Single;
            Assert.Equal("JiraAuth.Core.Connections.JiraConnection", connection.BaseObject.GetType().FullName);
            Assert.Equal("default", Ps.Prop(connection, "Name"));
            Assert.Equal("ApiToken", Ps.Prop(connection, "AuthMode").ToString());
            Assert.Equal(CloudSite, Ps.Prop(connection, "Site").ToString());
            Assert.Equal(FakeAccounts.AdminEmail, Ps.Prop(connection, "UserName"));
            Assert.Equal(FakeAccounts.AdminAccountId, Ps.Prop(connection, "Account.AccountId"));
            // One /myself at the site with Basic auth, nothing sent to the gateway.
            var request = Assert.Single(_session.Cloud.Requests.Snapshot());
            Assert.Equal("/rest/api/3/myself", request.Path);
            Assert.StartsWith("Basic ", request.Header("Authorization"));
        }

        [Fact]
        public void Credential_with_a_scoped_token_settles_Auto_on_the_gateway_and_finds_the_cloudId()
        {
            var connection = _session.Run(Connect + "-Site $Site -Credential $Cred",
                _session.CloudParameters(("Cred", Ps.Credential(FakeAccounts.ScopedEmail, FakeAccounts.ScopedToken)))).AssertNoErrors().Single;

            Assert.Equal("ScopedApiToken", Ps.Prop(connection, "AuthMode").ToString());
            Assert.Equal(_session.Cloud.Options.CloudId, Ps.Prop(connection, "CloudId"));
            Assert.Equal(FakeAccounts.ScopedEmail, Ps.Prop(connection, "UserName"));
            Assert.StartsWith(_session.Cloud.GatewayApiUrl, Ps.Prop(connection, "ApiBaseUri").ToString());
            var requests = _session.Cloud.Requests.Snapshot();
            // (tenant_info may not be asked again: cloudIds are cached for the process.)
            Assert.Contains(requests, r => r.Origin == "site" && r.Path == "/rest/api/3/myself");
            Assert.Contains(requests, r => r.Path == "/ex/jira/" + _session.Cloud.Options.CloudId + "/rest/api/3/myself");

            // Later calls go through the gateway too.
            var myself = _session.Run("Invoke-JiraRestMethod myself").AssertNoErrors().Single;
            Assert.Equal(FakeAccounts.ScopedAccountId, Ps.Prop(myself, "accountId"));
        }

        [Fact]
        public void Email_and_ApiToken_connect()
        {
            var connection = _session.Run(Connect + "-Site $Site -Email $Email -ApiToken $Token -Name work",
                _session.CloudParameters(("Email", FakeAccounts.AdminEmail), ("Token", Ps.Secure(FakeAccounts.AdminClassicToken)))).AssertNoErrors().Single;

            Assert.Equal("work", Ps.Prop(connection, "Name"));
            Assert.Equal("ApiToken", Ps.Prop(connection, "AuthMode").ToString());
            Assert.Equal($"work: {CloudSite} (ApiToken, {FakeAccounts.AdminEmail})", connection.ToString());
        }

        [Fact]
        public void Data_Center_personal_access_token_connects_with_Bearer()
        {
            var connection = _session.Run("Connect-JiraCloud -Site $Site -PersonalAccessToken $Pat -AllowUnencryptedAuthentication",
                new System.Collections.Hashtable { ["Site"] = _session.DataCenter.SiteUrl, ["Pat"] = Ps.Secure(FakeAccounts.DcPat) }).AssertNoErrors().Single;

            Assert.Equal("PersonalAccessToken", Ps.Prop(connection, "AuthMode").ToString());
            Assert.Equal(_session.DataCenter.SiteUrl, Ps.Prop(connection, "Site").ToString());
            Assert.Null(Ps.Prop(connection, "CloudId"));
            Assert.Equal(FakeAccounts.DcDisplayName, Ps.Prop(connection, "Account.DisplayName"));
            var myself = _session.DataCenter.Requests.Snapshot().Single(r => r.ApiPath.EndsWith("/myself"));
            Assert.Equal("/jira/rest/api/2/myself", myself.Path);
            Assert.Equal("Bearer " + FakeAccounts.DcPat, myself.Header("Authorization"));
        }

        [Fact]
        public void Data_Center_password_with_non_ASCII_characters_connects()
        {
            Assert.Contains('ü', FakeAccounts.DcPassword);
            var connection = _session.Run("Connect-JiraCloud -Site $Site -Credential $Cred -AuthMode Password -AllowUnencryptedAuthentication",
                new System.Collections.Hashtable { ["Site"] = _session.DataCenter.SiteUrl,
                    ["Cred"] = Ps.Credential(FakeAccounts.DcUsername, FakeAccounts.DcPassword) }).AssertNoErrors().Single;

            Assert.Equal("Password", Ps.Prop(connection, "AuthMode").ToString());
            Assert.Equal(FakeAccounts.DcUsername, Ps.Prop(connection, "UserName"));
            var myself = Assert.Single(_session.Run("Invoke-JiraRestMethod myself").AssertNoErrors().Output);
            Assert.Equal(FakeAccounts.DcUsername, Ps.Prop(myself, "name"));
        }

        [Fact]
        public void First_connection_is_the_default_and_Default_moves_it()
        {
            _session.ConnectAdmin("first");
            Assert.Equal("first", DefaultName());

            _session.ConnectAdmin("second");
            Assert.Equal("first", DefaultName());

            _session.Run(Connect + "-Site $Site -Credential $Cred -Name third -Default",
                _session.CloudParameters(("Cred", Ps.Credential(FakeAccounts.ScopedEmail, FakeAccounts.ScopedToken)))).AssertNoErrors();
            Assert.Equal("third", DefaultName());
            Assert.Equal(FakeAccounts.ScopedAccountId, Ps.Prop(_session.Run("Invoke-JiraRestMethod myself").AssertNoErrors().Single, "accountId"));

            var listed = _session.Run("Get-JiraConnection").AssertNoErrors();
            Assert.Equal(new[] { "first", "second", "third" }, listed.Output.Select(o => (string)Ps.Prop(o, "Name")).OrderBy(n => n));
            Assert.Equal(new[] { "second", "third" },
                _session.Run("Get-JiraConnection -Name s*, t*").AssertNoErrors().Output.Select(o => (string)Ps.Prop(o, "Name")).OrderBy(n => n));

            _session.Run("Disconnect-JiraCloud -Name third").AssertNoErrors();
            Assert.Equal(new[] { "first", "second" },
                _session.Run("Get-JiraConnection").AssertNoErrors().Output.Select(o => (string)Ps.Prop(o, "Name")).OrderBy(n => n));

            var missing = _session.Run("Get-JiraConnection -Name third").SingleError;
            Assert.Equal("JiraConnectionNotFound,JiraAuth.Commands.GetJiraConnectionCommand", missing.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, missing.CategoryInfo.Category);
        }

        [Fact]
        public void Plain_http_without_AllowUnencryptedAuthentication_is_refused_before_any_request()
        {
            var result = _session.Run("Connect-JiraCloud -Site $Site -Credential $Cred -GatewayUri $Gateway",
                _session.CloudParameters(("Cred", Ps.Credential(FakeAccounts.AdminEmail, FakeAccounts.AdminClassicToken))));

            var error = result.SingleError;
            Assert.Empty(result.Output);
            Assert.Equal("JiraInvalidSite,JiraAuth.Commands.ConnectJiraCloudCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            // What the error view shows: Core's problem, then the module's remedy (also the recommended action).
            Assert.Contains("would travel unencrypted", error.ToString());
            Assert.Contains("-AllowUnencryptedAuthentication", error.ToString());
            Assert.Contains("-AllowUnencryptedAuthentication", error.ErrorDetails.RecommendedAction);
            Assert.Empty(_session.Cloud.Requests.Snapshot());
            Assert.Empty(_session.Run("Get-JiraConnection").Output);
        }

        [Fact]
        public void Expired_token_fails_with_an_authentication_error_and_registers_nothing()
        {
            var result = _session.Run(Connect + "-Site $Site -Email $Email -ApiToken $Token",
                _session.CloudParameters(("Email", FakeAccounts.ExpiredEmail), ("Token", Ps.Secure(FakeAccounts.ExpiredToken))));

            var error = result.SingleError;
            Assert.Equal("JiraAuthenticationFailed,JiraAuth.Commands.ConnectJiraCloudCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
            Assert.False(string.IsNullOrEmpty(error.ErrorDetails?.RecommendedAction));
            Assert.Empty(_session.Run("Get-JiraConnection").Output);
        }

        private string DefaultName() =>
            // JiraAuth's types live in the module's own load context, where PowerShell 7 type literals do not look.
            (string)_session.Run("(Get-JiraConnection)[0].GetType().Assembly"
                + ".GetType('JiraAuth.Core.Connections.ConnectionRegistry')::ProcessWide.Default.Name").AssertNoErrors().Single.BaseObject;

        [Fact]
        public void A_credential_without_a_password_is_named_as_such()
        {
            var result = _session.Run("Connect-JiraCloud -Site $Site -Credential ([pscredential]::Empty) -AllowUnencryptedAuthentication -GatewayUri $Gateway",
                _session.CloudParameters());

            var error = result.Terminating?.ErrorRecord ?? result.SingleError;
            Assert.StartsWith("JiraInvalidCredential", error.FullyQualifiedErrorId);
            Assert.Contains("password field", error.Exception.Message);
            Assert.Equal(0, _session.Cloud.Requests.Count);
        }
    }
}
