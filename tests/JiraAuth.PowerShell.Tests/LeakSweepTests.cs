using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text;
using System.Xml.Linq;
using JiraAuth.FakeJira;
using JiraAuth.PowerShell.Tests.Support;
using Xunit;

namespace JiraAuth.PowerShell.Tests
{
    /// <summary>
    /// The secret-leak sweep: every scenario the suite covers, run again with verbose and debug captured, and every
    /// secret the fake accounts know (plus a planted one) searched for in every stream, every error record (message,
    /// target, category, details, the whole exception chain), every object's ToString and properties, and the values
    /// the module's format views compute. It also writes the run's reliability counts (see RELIABILITY.md).
    /// </summary>
    public sealed class LeakSweepTests : IClassFixture<PowerShellSession>
    {
        private const string Planted = "PLANTED-secret-7f3a9c";
        private readonly PowerShellSession _session;

        public LeakSweepTests(PowerShellSession session)
        {
            _session = session;
            _session.Reset();
            _session.Cloud.Faults.Clear();
            _session.DataCenter.Faults.Clear();
        }

        /// <summary>Every secret in play, raw and in the forms a header would carry them.</summary>
        private static IEnumerable<string> Secrets()
        {
            var pairs = new[]
            {
                (FakeAccounts.AdminEmail, FakeAccounts.AdminClassicToken),
                (FakeAccounts.AdminEmail, FakeAccounts.AdminPassword),
                (FakeAccounts.ScopedEmail, FakeAccounts.ScopedToken),
                (FakeAccounts.LimitedEmail, FakeAccounts.LimitedToken),
                (FakeAccounts.ExpiredEmail, FakeAccounts.ExpiredToken),
                (FakeAccounts.NoAccessEmail, FakeAccounts.NoAccessToken),
                (FakeAccounts.DcUsername, FakeAccounts.DcPassword),
                ("planted@acme.example", Planted),
            };
            foreach (var (user, secret) in pairs)
            {
                yield return secret;
                yield return Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + secret));
            }
            yield return FakeAccounts.DcPat;
            yield return "Bearer " + FakeAccounts.DcPat;
        }

        /// <summary>The suite's scenarios as an admin would type them; secrets travel as variables, never in script text.</summary>
        private List<(string Name, string Script)> Scenarios()
        {
            const string Cloud = " -AllowUnencryptedAuthentication -GatewayUri $Gateway";
            return new List<(string, string)>
            {
                ("connect classic token", "Connect-JiraCloud -Site $Site -Email $AdminEmail -ApiToken $AdminToken -Name sweep" + Cloud),
                ("connect credential", "Connect-JiraCloud -Site $Site -Credential $AdminCred -Name sweepcred" + Cloud),
                ("connect scoped token (Auto)", "Connect-JiraCloud -Site $Site -Email $ScopedEmail -ApiToken $ScopedToken -Name scoped" + Cloud),
                ("connect expired token", "Connect-JiraCloud -Site $Site -Email $ExpiredEmail -ApiToken $ExpiredToken -Name expired" + Cloud),
                ("connect password to Cloud", "Connect-JiraCloud -Site $Site -Email $AdminEmail -ApiToken $AdminPassword -Name pw" + Cloud),
                ("connect no access", "Connect-JiraCloud -Site $Site -Email $NoAccessEmail -ApiToken $NoAccessToken -Name noaccess" + Cloud),
                ("connect DC PAT", "Connect-JiraCloud -Site $DcSite -PersonalAccessToken $DcPat -Name dcpat -AllowUnencryptedAuthentication"),
                ("connect DC wrong PAT", "Connect-JiraCloud -Site $DcSite -PersonalAccessToken $Planted -Name dcbad -AllowUnencryptedAuthentication"),
                ("connect DC password", "Connect-JiraCloud -Site $DcSite -Credential $DcCred -AuthMode Password -Name dcpw -AllowUnencryptedAuthentication"),
                ("secret in -Site", "Connect-JiraCloud -Site $SiteWithSecret -Email $AdminEmail -ApiToken $AdminToken" + Cloud),
                ("test token", "Test-JiraToken -Connection sweep; Test-JiraToken -Site $Site -Credential $AdminCred" + Cloud),
                ("test expired token", "Test-JiraToken -Site $Site -Email $ExpiredEmail -ApiToken $ExpiredToken" + Cloud),
                ("test secret in -Site", "Test-JiraToken -Site $SiteWithSecret -Email $AdminEmail -ApiToken $AdminToken"),
                ("cloud id", "Get-JiraCloudId -Site $Site; Get-JiraCloudId -Site $SiteWithSecret"),
                ("invoke", "Invoke-JiraRestMethod myself -Connection sweep; Invoke-JiraRestMethod project/search -Paginate -Connection sweep"),
                ("invoke 404", "Invoke-JiraRestMethod issue/NOPE-1 -Connection sweep"),
                ("invoke secret in -Path", "Invoke-JiraRestMethod -Path $PathWithSecret -Connection sweep"),
                ("invoke dot segments", "Invoke-JiraRestMethod '../../../x' -Connection sweep"),
                ("invoke planted header", "Invoke-JiraRestMethod myself -Headers @{ 'X-Trace' = $Planted } -Connection sweep"),
                ("invoke non-ASCII header", "Invoke-JiraRestMethod myself -Headers @{ 'X-Note' = 'caf' + [char]0xE9 } -Connection sweep"),
                ("invoke hand-built Authorization", "Invoke-JiraRestMethod myself -Headers @{ Authorization = 'Basic ' + $PlantedBasic } -Connection sweep"),
                ("invoke query with secret", "Invoke-JiraRestMethod search/jql -Query @{ jql = $Planted } -Connection sweep"),
                ("429 storm", "Add-Fault 429 1; Invoke-JiraRestMethod myself -Connection sweep -MaximumRetryWaitSec 30"),
                ("503 for a POST", "Add-Fault 503 1; Invoke-JiraRestMethod issue -Method POST -Body @{ fields = @{} } -Connection sweep"),
                ("reset before headers", "Add-TransportFault ResetBeforeHeaders; Invoke-JiraRestMethod myself -Connection sweep"),
                ("redirect to another origin",
                    "Invoke-JiraRestMethod test/redirect -Query @{ to = $Gateway + '/x?token=' + $Planted } -Connection sweep -SkipHttpErrorCheck"),
                ("download", "Invoke-JiraRestMethod myself -OutFile $OutFile -Connection sweep"),
                ("save to vault", "Connect-JiraCloud -Site $Site -Email $AdminEmail -ApiToken $AdminToken -Name saved -Save -Vault Stub" + Cloud),
                ("load from vault", "Disconnect-JiraCloud -Name saved; Connect-JiraCloud -Name saved -Vault Stub; Get-JiraConnection -ListAvailable"),
                ("locked vault", "Set-StubVaultState -Locked; Connect-JiraCloud -Name saved -Vault Stub; Get-JiraConnection -ListAvailable; "
                    + "Set-StubVaultState"),
                ("damaged record", "Set-Secret -Name 'JiraAuth:broken' -Vault Stub -Secret ('{\"version\":99999999999,\"secret\":\"' + $Planted + '\"}'); "
                    + "Connect-JiraCloud -Name broken -Vault Stub"),
                ("forget", "Disconnect-JiraCloud -Name saved -Forget -Confirm:$false"),
                ("list and describe", "Get-JiraConnection; Get-JiraConnection sweep | ForEach-Object { $_.ToString() }"),
                // A burst limit, so only this endpoint stays slowed (a quota pause would hold the site, and its port, for a day).
                ("429 beyond the cap",
                    "Add-Fault 429 1 '99999' 'serverInfo' 'jira-burst-based'; Invoke-JiraRestMethod serverInfo -Connection sweep; Invoke-JiraRestMethod "
                    + "serverInfo -Connection sweep"),
                ("disconnect", "Disconnect-JiraCloud -All"),
            };
        }

        private Dictionary<string, object> Variables(string outFile) => new Dictionary<string, object>
        {
            ["Site"] = _session.Cloud.SiteUrl,
            ["Gateway"] = _session.Cloud.GatewayUrl,
            ["DcSite"] = _session.DataCenter.SiteUrl,
            ["AdminEmail"] = FakeAccounts.AdminEmail,
            ["AdminToken"] = Ps.Secure(FakeAccounts.AdminClassicToken),
            ["AdminPassword"] = Ps.Secure(FakeAccounts.AdminPassword),
            ["AdminCred"] = Ps.Credential(FakeAccounts.AdminEmail, FakeAccounts.AdminClassicToken),
            ["ScopedEmail"] = FakeAccounts.ScopedEmail,
            ["ScopedToken"] = Ps.Secure(FakeAccounts.ScopedToken),
            ["ExpiredEmail"] = FakeAccounts.ExpiredEmail,
            ["ExpiredToken"] = Ps.Secure(FakeAccounts.ExpiredToken),
            ["NoAccessEmail"] = FakeAccounts.NoAccessEmail,
            ["NoAccessToken"] = Ps.Secure(FakeAccounts.NoAccessToken),
            ["DcPat"] = Ps.Secure(FakeAccounts.DcPat),
            ["DcCred"] = Ps.Credential(FakeAccounts.DcUsername, FakeAccounts.DcPassword),
            ["Planted"] = Planted,
            ["PlantedBasic"] = Convert.ToBase64String(Encoding.UTF8.GetBytes("planted@acme.example:" + Planted)),
            ["SiteWithSecret"] = _session.Cloud.SiteUrl.Replace("http://", "http://admin:" + Planted + "@"),
            ["PathWithSecret"] = "http://user:" + Planted + "@evil.example/rest/api/3/myself",
            ["OutFile"] = outFile,
        };

        [Fact]
        public void Every_scenario_with_verbose_and_debug_leaks_no_secret()
        {
            var secrets = Secrets().ToList();
            var outFile = Path.Combine(Path.GetTempPath(), "jiraauth-sweep-" + Guid.NewGuid().ToString("N") + ".json");
            var formatBlocks = FormatViewScripts();
            var leaks = new List<string>();
            var scenarios = Scenarios();
            var variables = Variables(outFile);
            variables["CloudServer"] = _session.Cloud;
            _session.Run(
                "function Add-Fault([int] $Status, [int] $Times, [string] $RetryAfter = '0', [string] $Endpoint = 'myself', [string] $Reason) { $h = "
                    + "[System.Collections.Generic.Dictionary[string,string]]::new(); $h['Retry-After'] = $RetryAfter; if ($Reason) { $h['RateLimit-Reason'] = "
                    + "$Reason }; $CloudServer.Faults.Enqueue('/rest/api/3/' + $Endpoint, $Status, $h, '{}', 'application/json', $Times) }\n" +
                "function Add-TransportFault([string] $Kind) { $CloudServer.Faults.EnqueueTransportFault('/rest/api/3/myself', "
                    + "[JiraAuth.FakeJira.TransportFault]$Kind) }",
                variables).AssertNoErrors();
            try
            {
                foreach (var (name, script) in scenarios)
                {
                    var result = _session.Run("$Error.Clear(); " + script, variables, verbose: true, debug: true);
                    var texts = result.VisibleText().Concat(ErrorRecordTexts(result)).Concat(FormattedViews(result, formatBlocks)).Where(t =>
                        t != null).ToList();
                    foreach (var secret in secrets)
                    {
                        if (texts.Any(t => t.IndexOf(secret, StringComparison.Ordinal) >= 0)) leaks.Add(name + ": " + Mask(secret));
                    }
                }
            }
            finally
            {
                if (File.Exists(outFile)) File.Delete(outFile);
                _session.Cloud.Faults.Clear();
                _session.Run("Disconnect-JiraCloud -All; Reset-StubVault");
            }

            // Control: the search does find a secret that is written out, in output and in an error's exception chain.
            var control = _session.Run("$Planted; throw [System.InvalidOperationException]::new('outer', [System.Exception]::new($Planted))", variables);
            Assert.Contains(control.VisibleText(), t => t != null && t.Contains(Planted));
            Assert.Contains(ErrorRecordTexts(control), t => t != null && t.Contains(Planted) && !t.StartsWith(Planted, StringComparison.Ordinal));

            ReliabilityReport.WriteSummary(scenarios.Count, leaks.Count);
            Assert.True(leaks.Count == 0, "Secrets leaked in: " + string.Join("; ", leaks));
        }

        /// <summary>Everything an error record carries, down the exception chain (Exception.ToString has every message and inner type).</summary>
        private static IEnumerable<string> ErrorRecordTexts(RunResult result)
        {
            foreach (var error in result.Errors)
            {
                yield return error.CategoryInfo.GetMessage();
                yield return error.CategoryInfo.TargetName;
                yield return error.CategoryInfo.Reason;
                yield return error.InvocationInfo?.Line;
                for (var e = error.Exception; e != null; e = e.InnerException)
                {
                    yield return e.ToString();
                    foreach (var text in Ps.Describe(PSObject.AsPSObject(e))) yield return text;
                }
            }
        }

        /// <summary>What the module's own format views compute (script-block columns) for every output object.</summary>
        private IEnumerable<string> FormattedViews(RunResult result, IReadOnlyList<string> blocks)
        {
            foreach (var output in result.Output.Where(o => o?.BaseObject?.GetType().Namespace?.StartsWith("JiraAuth", StringComparison.Ordinal) == true))
            {
                foreach (var block in blocks)
                {
                    var values = _session.Run("$ViewObject | ForEach-Object { " + block + " }", new Dictionary<string, object> { ["ViewObject"] = output });
                    foreach (var value in values.Output) yield return value?.ToString();
                }
            }
        }

        private static IReadOnlyList<string> FormatViewScripts()
        {
            var file = Path.Combine(Repository.Root, "src", "JiraAuth", "JiraAuth.format.ps1xml");
            return XDocument.Load(file).Descendants("ScriptBlock").Select(e => e.Value).Distinct().ToList();
        }

        private static string Mask(string secret) => secret.Length <= 6 ? "***" : secret.Substring(0, 3) + "…";
    }
}
