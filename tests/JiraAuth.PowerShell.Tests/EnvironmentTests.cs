using System;
using System.Collections.Generic;
using System.Management.Automation;
using JiraAuth.FakeJira;
using JiraAuth.PowerShell.Tests.Support;
using Xunit;

namespace JiraAuth.PowerShell.Tests
{
    /// <summary>Connect-JiraCloud with no credential parameters reads JIRA_* from the process environment.</summary>
    public sealed class EnvironmentTests : IClassFixture<PowerShellSession>
    {
        private static readonly string[] Variables = { "JIRA_SITE", "JIRA_DOMAIN", "JIRA_EMAIL", "JIRA_API_TOKEN", "JIRA_CLOUD_ID" };
        private readonly PowerShellSession _session;

        public EnvironmentTests(PowerShellSession session)
        {
            _session = session;
            _session.Reset();
        }

        /// <summary>Sets exactly these JIRA_* variables (the others cleared) for the duration of <paramref name="test"/>.</summary>
        private static void WithEnvironment(IDictionary<string, string> values, Action test)
        {
            var saved = new Dictionary<string, string>();
            foreach (var name in Variables) saved[name] = Environment.GetEnvironmentVariable(name);
            try
            {
                foreach (var name in Variables) Environment.SetEnvironmentVariable(name, values.TryGetValue(name, out var v) ? v : null);
                test();
            }
            finally
            {
                foreach (var pair in saved) Environment.SetEnvironmentVariable(pair.Key, pair.Value);
            }
        }

        [Fact]
        public void Site_email_and_token_variables_connect_with_a_classic_token()
        {
            WithEnvironment(new Dictionary<string, string>
            {
                ["JIRA_SITE"] = _session.Cloud.SiteUrl,
                ["JIRA_EMAIL"] = FakeAccounts.AdminEmail,
                ["JIRA_API_TOKEN"] = FakeAccounts.AdminClassicToken,
            }, () =>
            {
                var result = _session.Run("Connect-JiraCloud -AllowUnencryptedAuthentication -GatewayUri $Gateway", _session.CloudParameters(),
                    verbose: true).AssertNoErrors();
                var connection = result.Single;
                Assert.Equal("default", Ps.Prop(connection, "Name"));
                Assert.Equal("ApiToken", Ps.Prop(connection, "AuthMode").ToString());
                Assert.Equal(FakeAccounts.AdminEmail, Ps.Prop(connection, "UserName"));
                Assert.Contains(result.Verbose, v => v.Message.Contains("JIRA_SITE") && v.Message.Contains("JIRA_API_TOKEN"));
            });
        }

        [Fact]
        public void JIRA_CLOUD_ID_is_used_for_a_scoped_token_without_asking_tenant_info()
        {
            WithEnvironment(new Dictionary<string, string>
            {
                ["JIRA_SITE"] = _session.Cloud.SiteUrl,
                ["JIRA_EMAIL"] = FakeAccounts.ScopedEmail,
                ["JIRA_API_TOKEN"] = FakeAccounts.ScopedToken,
                ["JIRA_CLOUD_ID"] = _session.Cloud.Options.CloudId,
            }, () =>
            {
                var connection = _session.Run("Connect-JiraCloud -AuthMode ScopedApiToken -AllowUnencryptedAuthentication -GatewayUri $Gateway",
                    _session.CloudParameters()).AssertNoErrors().Single;
                Assert.Equal("ScopedApiToken", Ps.Prop(connection, "AuthMode").ToString());
                Assert.Equal(_session.Cloud.Options.CloudId, Ps.Prop(connection, "CloudId"));
                var request = Assert.Single(_session.Cloud.Requests.Snapshot());
                Assert.Equal("/ex/jira/" + _session.Cloud.Options.CloudId + "/rest/api/3/myself", request.Path);
            });
        }

        [Fact]
        public void Nothing_set_fails_at_once_in_the_non_interactive_host_naming_every_missing_variable()
        {
            Assert.Equal("Default Host", _session.Run("$Host.Name").Single.ToString());
            WithEnvironment(new Dictionary<string, string>(), () =>
            {
                var result = _session.Run("Connect-JiraCloud");

                var error = result.SingleError;
                Assert.Equal("JiraMissingCredential,JiraAuth.Commands.ConnectJiraCloudCommand", error.FullyQualifiedErrorId);
                Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
                Assert.Contains("JIRA_SITE", error.Exception.Message);
                Assert.Contains("JIRA_EMAIL", error.Exception.Message);
                Assert.Contains("JIRA_API_TOKEN", error.Exception.Message);
                Assert.Empty(result.Output);
                Assert.Empty(_session.Cloud.Requests.Snapshot()); // failed before any request: nothing to wait for, no prompt in this host
            });
        }

        [Fact]
        public void Site_without_credential_variables_does_not_prompt_in_the_non_interactive_host()
        {
            WithEnvironment(new Dictionary<string, string> { ["JIRA_SITE"] = _session.Cloud.SiteUrl }, () =>
            {
                var error = _session.Run("Connect-JiraCloud -AllowUnencryptedAuthentication -GatewayUri $Gateway", _session.CloudParameters()).SingleError;
                Assert.Equal("JiraMissingCredential,JiraAuth.Commands.ConnectJiraCloudCommand", error.FullyQualifiedErrorId);
                Assert.Contains("JIRA_EMAIL", error.Exception.Message);
                Assert.Contains("JIRA_API_TOKEN", error.Exception.Message);
                Assert.DoesNotContain("Missing: JIRA_SITE", error.Exception.Message);
                Assert.Empty(_session.Cloud.Requests.Snapshot());
            });
        }
    }
}
