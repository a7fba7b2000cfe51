using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using JiraAuth.FakeJira;
using JiraAuth.PowerShell.Tests.Support;
using Xunit;

namespace JiraAuth.PowerShell.Tests
{
    /// <summary>The findings of issue 8, each reproduced as an admin would meet it, and fixed.</summary>
    public sealed class SecurityFindingTests : IClassFixture<PowerShellSession>
    {
        private const string Planted = "ATATT-planted-in-the-site-0042";
        private readonly PowerShellSession _session;

        public SecurityFindingTests(PowerShellSession session)
        {
            _session = session;
            _session.Reset();
            _session.Cloud.Faults.Clear();
        }

        private static void AssertNothingOf(string secret, RunResult result)
        {
            foreach (var text in result.VisibleText().Where(t => t != null)) Assert.DoesNotContain(secret, text);
            foreach (var error in result.Errors)
            {
                Assert.DoesNotContain(secret, error.CategoryInfo.ToString());
                Assert.DoesNotContain(secret, Convert.ToString(error.TargetObject) ?? string.Empty);
            }
        }

        [Theory]
        [InlineData("Connect-JiraCloud -Site $Bad -Email a@b.c -ApiToken $Token -AllowUnencryptedAuthentication")]
        [InlineData("Test-JiraToken -Site $Bad -Email a@b.c -ApiToken $Token")]
        [InlineData("Get-JiraCloudId -Site $Bad")]
        public void F1_a_secret_typed_into_the_site_stays_out_of_the_error_record(string script)
        {
            var result = _session.Run(script, new Dictionary<string, object>
            {
                ["Bad"] = "https://admin:" + Planted + "@acme.atlassian.net",
                ["Token"] = Ps.Secure("whatever"),
            }, verbose: true, debug: true);

            Assert.NotEmpty(result.Errors);
            AssertNothingOf(Planted, result);
        }

        [Fact]
        public void F1_a_secret_typed_into_the_path_stays_out_of_the_error_record()
        {
            _session.ConnectAdmin();
            var result = _session.Run("Invoke-JiraRestMethod -Path $Bad", new Dictionary<string,
                object> { ["Bad"] = "http://user:" + Planted + "@evil.example/rest/api/3/myself" }, verbose: true, debug: true);

            Assert.Equal("JiraInvalidArgument", result.SingleError.FullyQualifiedErrorId.Split(',')[0]);
            AssertNothingOf(Planted, result);
        }

        [Fact]
        public void F2_credentials_inside_JIRA_SITE_are_not_echoed_by_verbose()
        {
            var saved = new[] { "JIRA_SITE", "JIRA_EMAIL", "JIRA_API_TOKEN" }.ToDictionary(n => n, Environment.GetEnvironmentVariable);
            try
            {
                Environment.SetEnvironmentVariable("JIRA_SITE", "https://admin:" + Planted + "@acme.atlassian.net");
                Environment.SetEnvironmentVariable("JIRA_EMAIL", FakeAccounts.AdminEmail);
                Environment.SetEnvironmentVariable("JIRA_API_TOKEN", FakeAccounts.AdminClassicToken);
                var result = _session.Run("Connect-JiraCloud", verbose: true, debug: true);

                Assert.Equal("JiraInvalidSite", result.SingleError.FullyQualifiedErrorId.Split(',')[0]);
                AssertNothingOf(Planted, result);
                AssertNothingOf(FakeAccounts.AdminClassicToken, result);
            }
            finally
            {
                foreach (var pair in saved) Environment.SetEnvironmentVariable(pair.Key, pair.Value);
            }
        }

        [Theory]
        [InlineData("../../../x")]
        [InlineData("%2e%2e/%2e%2e/%2e%2e/x")]
        [InlineData("/../other/rest/api/3/myself")]
        public void F3_dot_segments_never_leave_the_rest_api(string path)
        {
            _session.ConnectAdmin();
            _session.Cloud.Requests.Clear();

            var error = _session.Run("Invoke-JiraRestMethod -Path $P", new Dictionary<string, object> { ["P"] = path }).SingleError;

            Assert.Equal("JiraInvalidArgument", error.FullyQualifiedErrorId.Split(',')[0]);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Empty(_session.Cloud.Requests.Snapshot());
        }

        [Fact]
        public void F4_replacing_a_connection_in_another_runspace_lets_the_call_in_flight_finish()
        {
            _session.ConnectAdmin("shared");
            var answer = _session.Cloud.Faults.EnqueueHeldAnswer("/rest/api/3/project/search", "{\"values\":[],\"isLast\":true}");

            using (var b = OtherRunspace.Start("Invoke-JiraRestMethod project/search -Connection shared -MaximumRetryCount 0"))
            {
                Assert.True(answer.Arrived.Wait(TimeSpan.FromSeconds(60)), "Runspace B's request did not reach the fake within 60 s.");
                _session.ConnectAdmin("shared"); // runspace A replaces it while B waits for the answer
                answer.Release();

                var result = b.Run.GetAwaiter().GetResult();
                Assert.Empty(result.Errors);
                Assert.NotEmpty(result.Output);
            }
        }

        [Fact]
        public void F5_a_locked_vault_among_others_is_reported_not_taken_for_not_found()
        {
            _session.Run("Set-StubVaultState -Vaults Stub, Second").AssertNoErrors();
            var parameters = _session.CloudParameters(("Email", FakeAccounts.AdminEmail), ("Token", Ps.Secure(FakeAccounts.AdminClassicToken)));
            _session.Run("Connect-JiraCloud -Site $Site -Email $Email -ApiToken $Token -Name prod -Save -Vault Second -AllowUnencryptedAuthentication "
                + "-GatewayUri $Gateway", parameters).AssertNoErrors();
            _session.Run("Connect-JiraCloud -Site $Site -Email $Email -ApiToken $Token -Name other -Save -Vault Stub -AllowUnencryptedAuthentication "
                + "-GatewayUri $Gateway", parameters).AssertNoErrors();
            _session.Run("Disconnect-JiraCloud -All; Set-StubVaultState -Vaults Stub, Second -LockedVaults Second").AssertNoErrors();

            var connect = _session.Run("Connect-JiraCloud -Name prod").SingleError;
            Assert.Equal("JiraVaultLocked", connect.FullyQualifiedErrorId.Split(',')[0]);
            Assert.Contains("Second", connect.Exception.Message);

            var list = _session.Run("Get-JiraConnection -ListAvailable");
            Assert.Empty(list.Errors);
            Assert.Equal(new[] { "other" }, list.Output.Select(o => (string)Ps.Prop(o, "Name")).ToArray());
            Assert.Contains(list.Warnings, w => w.Message.Contains("Second"));

            var forget = _session.Run("Disconnect-JiraCloud -Name prod -Forget -Confirm:$false").SingleError;
            Assert.Equal("JiraVaultLocked", forget.FullyQualifiedErrorId.Split(',')[0]);
        }

        [Fact]
        public void F6_a_non_ascii_header_is_bad_input_rejected_at_once_and_never_retried()
        {
            _session.ConnectAdmin();
            _session.Cloud.Requests.Clear();

            var error = _session.Run("Invoke-JiraRestMethod myself -Headers @{ 'X-Note' = 'caf' + [char]0xE9 }").SingleError;

            Assert.Equal("JiraInvalidArgument", error.FullyQualifiedErrorId.Split(',')[0]);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Contains("X-Note", error.Exception.Message);
            Assert.Empty(_session.Cloud.Requests.Snapshot()); // never sent, so never retried
        }

        [Fact]
        public void F7_a_damaged_vault_record_is_JiraInvalidConnectionRecord_with_the_remedy()
        {
            _session.Run("Set-Secret -Name 'JiraAuth:broken' -Vault Stub -Secret "
                + "'{\"version\":1,\"name\":\"broken\",\"site\":\"https://acme.atlassian.net\",\"authMode\":{},\"userName\":\"a@b.c\",\"secret\":\"x\"}' "
                + "-Metadata @{ Site = 'https://acme.atlassian.net' }").AssertNoErrors();

            var error = _session.Run("Connect-JiraCloud -Name broken -Vault Stub").SingleError;

            Assert.Equal("JiraInvalidConnectionRecord", error.FullyQualifiedErrorId.Split(',')[0]);
            Assert.Contains("Connect-JiraCloud -Save", error.Exception.Message);
        }

        [Fact]
        public void OutFile_never_touches_a_users_own_partial_file()
        {
            _session.ConnectAdmin();
            var folder = Path.Combine(Path.GetTempPath(), "jiraauth-outfile-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                var target = Path.Combine(folder, "report.json");
                File.WriteAllText(target + ".partial", "mine");
                _session.Run("Invoke-JiraRestMethod myself -OutFile $T", new Dictionary<string, object> { ["T"] = target }).AssertNoErrors();

                Assert.True(File.Exists(target));
                Assert.Equal("mine", File.ReadAllText(target + ".partial"));
                Assert.Equal(2, Directory.GetFiles(folder).Length);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        [Fact]
        public void Verbose_is_one_line_per_request_and_debug_redacts_what_is_not_allow_listed()
        {
            _session.ConnectAdmin();
            var result = _session.Run("Invoke-JiraRestMethod search/jql -Query @{ jql = 'reporter = hidden.person' } -Headers @{ 'X-Planted' = $P }",
                new Dictionary<string, object> { ["P"] = Planted }, verbose: true, debug: true).AssertNoErrors();

            var line = Assert.Single(result.Verbose, v => v.Message.StartsWith("GET ")).Message;
            Assert.Contains("/rest/api/3/search/jql?jql=… -> 200 in ", line);
            Assert.DoesNotContain("hidden.person", line);
            Assert.Contains(result.Debug, d => d.Message.Contains("X-Planted: REDACTED"));
            Assert.Contains(result.Debug, d => d.Message.Contains("< Content-Type: application/json"));
            AssertNothingOf(Planted, result);
        }

        [Fact]
        public void MaximumRetryCount_zero_reports_the_first_429_with_its_reset_time()
        {
            _session.ConnectAdmin();
            _session.Cloud.Faults.Enqueue("/rest/api/3/myself", 429, new Dictionary<string, string> { ["Retry-After"] = "1" }, "{}", "application/json",
                times: 2);

            var error = _session.Run("Invoke-JiraRestMethod myself -MaximumRetryCount 0").SingleError;

            Assert.Equal("JiraApi429", error.FullyQualifiedErrorId.Split(',')[0]);
            Assert.Contains("resets at", error.ErrorDetails.RecommendedAction);
            Assert.Equal(1, _session.Cloud.Faults.Pending);
            _session.Cloud.Faults.Clear();
        }
    }
}
