using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text;
using System.Xml.Linq;
using JiraAuth.FakeJira;
using JiraAuth.PowerShell.Tests.Support;
using JiraAuth.Reliability;
using Xunit;

namespace JiraAuth.PowerShell.Tests
{
    /// <summary>
    /// The secret-leak sweep: every scenario the suite covers (API tokens, passwords, PATs, 3LO and Cloud and Data Center
    /// service accounts), run again with verbose and debug in an interactive host, each checked for the outcome it must have;
    /// then every secret the fake accounts and the fake's OAuth server know (client secrets, codes, access and refresh tokens,
    /// plus a planted one) is searched for in every stream (progress included), every error record (message, target,
    /// category, details, the whole exception chain), every object's ToString and properties, the values the module's format
    /// views compute and everything the host showed. Its counts go into the run's Reliability line (RELIABILITY.md).
    /// </summary>
    public sealed class LeakSweepTests : IClassFixture<InteractiveSession>
    {
        private const string Planted = "PLANTED-secret-7f3a9c";
        private readonly InteractiveSession _session;
        private readonly ConsentingBrowser _browser = new ConsentingBrowser();

        public LeakSweepTests(InteractiveSession session)
        {
            _session = session;
            _session.Reset();
            _session.Cloud.Faults.Clear();
            _session.DataCenter.Faults.Clear();
            _session.Host.Person.Lines.Clear();
            _session.Host.Person.OnLine = null;
            _session.Host.Person.Choice = 0;
            // The person signing in with -NoBrowser follows the last link shown and pastes where it leads.
            _session.Host.Person.Answer = lines => _browser.Follow(lines.Last(l => l.StartsWith(_session.Cloud.AuthUrl + "/authorize?", StringComparison.Ordinal)));
        }

        /// <summary>Every secret in play, raw and in the forms a header would carry them; tokens the fake issued are known only after the sweep.</summary>
        private IReadOnlyList<string> Secrets()
        {
            var secrets = new List<string>();
            var pairs = new[]
            {
                (FakeAccounts.AdminEmail, FakeAccounts.AdminClassicToken),
                (FakeAccounts.AdminEmail, FakeAccounts.AdminPassword),
                (FakeAccounts.ScopedEmail, FakeAccounts.ScopedToken),
                (FakeAccounts.LimitedEmail, FakeAccounts.LimitedToken),
                (FakeAccounts.ExpiredEmail, FakeAccounts.ExpiredToken),
                (FakeAccounts.NoAccessEmail, FakeAccounts.NoAccessToken),
                (FakeAccounts.DcUsername, FakeAccounts.DcPassword),
                (FakeAccounts.OAuthClientId, FakeAccounts.OAuthClientSecret),
                (FakeAccounts.ServiceClientId, FakeAccounts.ServiceClientSecret),
                (FakeAccounts.DcServiceClientId, FakeAccounts.DcServiceClientSecret),
                ("planted@acme.example", Planted),
            };
            foreach (var (user, secret) in pairs)
            {
                secrets.Add(secret);
                secrets.Add(Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + secret)));
            }
            secrets.Add(FakeAccounts.DcPat);
            secrets.Add("Bearer " + FakeAccounts.DcPat);
            // Codes, access and refresh tokens: their values are random, so the search covers every one issued (the "Bearer" form contains them).
            secrets.AddRange(_session.Cloud.OAuth.IssuedSecrets);
            secrets.AddRange(_session.DataCenter.OAuth.IssuedSecrets);
            secrets.AddRange(_browser.Codes);
            return secrets.Distinct().ToList();
        }

        /// <summary>The suite's scenarios as an admin would type them; secrets travel as variables, never in script text.</summary>
        private static List<SweepScenario> Scenarios()
        {
            const string Cloud = " -AllowUnencryptedAuthentication -GatewayUri $Gateway";
            const string OAuth = Cloud + " -AuthUri $Auth";
            const string Myself = "/rest/api/3/myself";
            const string DcMyself = "/rest/api/2/myself";
            const string DcToken = "/jira/rest/oauth2/latest/token"; // the OAuth endpoints are logged with their full path
            const int Projects = 123; // the fake's project/search, every page
            return new List<SweepScenario>
            {
                new SweepScenario("connect classic token", "Connect-JiraCloud -Site $Site -Email $AdminEmail -ApiToken $AdminToken -Name sweep" + Cloud)
                    .Writes(1).Sends(Myself),
                new SweepScenario("connect credential", "Connect-JiraCloud -Site $Site -Credential $AdminCred -Name sweepcred" + Cloud).Writes(1).Sends(Myself),
                new SweepScenario("connect scoped token (Auto)", "Connect-JiraCloud -Site $Site -Email $ScopedEmail -ApiToken $ScopedToken -Name scoped" + Cloud)
                    .Writes(1).Sends(Myself),
                new SweepScenario("connect expired token", "Connect-JiraCloud -Site $Site -Email $ExpiredEmail -ApiToken $ExpiredToken -Name expired" + Cloud)
                    .Fails("JiraAuthenticationFailed").Sends(Myself),
                new SweepScenario("connect password to Cloud", "Connect-JiraCloud -Site $Site -Email $AdminEmail -ApiToken $AdminPassword -Name pw" + Cloud)
                    .Fails("JiraAuthenticationFailed").Sends(Myself),
                new SweepScenario("connect no access", "Connect-JiraCloud -Site $Site -Email $NoAccessEmail -ApiToken $NoAccessToken -Name noaccess" + Cloud)
                    .Fails("JiraAuthenticationFailed").Sends(Myself),
                new SweepScenario("connect DC PAT", "Connect-JiraCloud -Site $DcSite -PersonalAccessToken $DcPat -Name dcpat -AllowUnencryptedAuthentication")
                    .Writes(1).Sends(DcMyself),
                new SweepScenario("connect DC wrong PAT", "Connect-JiraCloud -Site $DcSite -PersonalAccessToken $PlantedSecure -Name dcbad -AllowUnencryptedAuthentication")
                    .Fails("JiraAuthenticationFailed").Sends(DcMyself),
                new SweepScenario("connect DC password",
                    "Connect-JiraCloud -Site $DcSite -Credential $DcCred -AuthMode Password -Name dcpw -AllowUnencryptedAuthentication").Writes(1).Sends(DcMyself),
                new SweepScenario("secret in -Site", "Connect-JiraCloud -Site $SiteWithSecret -Email $AdminEmail -ApiToken $AdminToken" + Cloud)
                    .Fails("JiraInvalidSite").SendsNothing(),
                new SweepScenario("test token", "Test-JiraToken -Connection sweep; Test-JiraToken -Site $Site -Credential $AdminCred" + Cloud).Writes(2).Sends(Myself),
                new SweepScenario("test expired token", "Test-JiraToken -Site $Site -Email $ExpiredEmail -ApiToken $ExpiredToken" + Cloud).Writes(1).Sends(Myself),
                new SweepScenario("test secret in -Site", "Test-JiraToken -Site $SiteWithSecret -Email $AdminEmail -ApiToken $AdminToken")
                    .Fails("JiraInvalidSite").SendsNothing(),
                new SweepScenario("cloud id", "Get-JiraCloudId -Site $Site; Get-JiraCloudId -Site $SiteWithSecret").Writes(1).Fails("JiraInvalidSite"),
                new SweepScenario("invoke", "Invoke-JiraRestMethod myself -Connection sweep; Invoke-JiraRestMethod project/search -Paginate -Connection sweep")
                    .Writes(1 + Projects).Sends(Myself, "/rest/api/3/project/search"),
                // -Paginate names the call in its progress activity: a token typed into the path's query must not be in it.
                new SweepScenario("paginate a path with a token in its query", "Invoke-JiraRestMethod ('project/search?token=' + $Planted) -Paginate "
                    + "-Connection sweep").Writes(Projects).Sends("/rest/api/3/project/search"),
                new SweepScenario("invoke 404", "Invoke-JiraRestMethod issue/NOPE-1 -Connection sweep").Fails("JiraApi404").Sends("/rest/api/3/issue/NOPE-1"),
                new SweepScenario("invoke secret in -Path", "Invoke-JiraRestMethod -Path $PathWithSecret -Connection sweep").Fails("JiraInvalidArgument").SendsNothing(),
                new SweepScenario("invoke dot segments", "Invoke-JiraRestMethod '../../../x' -Connection sweep").Fails("JiraInvalidArgument").SendsNothing(),
                new SweepScenario("invoke planted header", "Invoke-JiraRestMethod myself -Headers @{ 'X-Trace' = $Planted } -Connection sweep").Writes(1).Sends(Myself),
                new SweepScenario("invoke non-ASCII header", "Invoke-JiraRestMethod myself -Headers @{ 'X-Note' = 'caf' + [char]0xE9 } -Connection sweep")
                    .Fails("JiraInvalidArgument").SendsNothing(),
                new SweepScenario("invoke hand-built Authorization",
                    "Invoke-JiraRestMethod myself -Headers @{ Authorization = 'Basic ' + $PlantedBasic } -Connection sweep").Fails("JiraInvalidArgument").SendsNothing(),
                new SweepScenario("invoke query with secret", "Invoke-JiraRestMethod search/jql -Query @{ jql = $Planted } -Connection sweep").Writes(1)
                    .Sends("/rest/api/3/search/jql"),
                new SweepScenario("429 storm", "Add-Fault 429 1; Invoke-JiraRestMethod myself -Connection sweep -MaximumRetryWaitSec 30").Writes(1).Sends(Myself),
                new SweepScenario("503 for a POST", "Add-Fault 503 1 '0' 'issue'; Invoke-JiraRestMethod issue -Method POST -Body @{ fields = @{} } -Connection sweep")
                    .Fails("JiraApi503").Sends("/rest/api/3/issue"),
                new SweepScenario("reset before headers", "Add-TransportFault ResetBeforeHeaders; Invoke-JiraRestMethod myself -Connection sweep").Writes(1).Sends(Myself),
                new SweepScenario("redirect to another origin",
                    "Invoke-JiraRestMethod test/redirect -Query @{ to = $Gateway + '/x?token=' + $Planted } -Connection sweep -SkipHttpErrorCheck").Writes(1)
                    .Sends("/rest/api/3/test/redirect", "/x"),
                new SweepScenario("download", "Invoke-JiraRestMethod myself -OutFile $OutFile -Connection sweep").Sends(Myself),
                new SweepScenario("save to vault", "Connect-JiraCloud -Site $Site -Email $AdminEmail -ApiToken $AdminToken -Name saved -Save -Vault Stub" + Cloud)
                    .Writes(1).Sends(Myself),
                new SweepScenario("load from vault", "Disconnect-JiraCloud -Name saved; Connect-JiraCloud -Name saved -Vault Stub; Get-JiraConnection -ListAvailable")
                    .Writes(1 + 7).Sends(Myself), // the connection, then the six in the session and the one saved
                new SweepScenario("locked vault", "Set-StubVaultState -Locked; Connect-JiraCloud -Name saved -Vault Stub; Get-JiraConnection -ListAvailable; "
                    + "Set-StubVaultState").Fails("JiraVaultLocked", "JiraVaultLocked").Writes(6).SendsNothing(), // the session's connections are still listed
                new SweepScenario("damaged record", "Set-Secret -Name 'JiraAuth:broken' -Vault Stub -Secret ('{\"version\":99999999999,\"secret\":\"' + $Planted + '\"}'); "
                    + "Connect-JiraCloud -Name broken -Vault Stub").Fails("JiraInvalidConnectionRecord").SendsNothing(),
                new SweepScenario("forget", "Disconnect-JiraCloud -Name saved -Forget -Confirm:$false").SendsNothing(),
                new SweepScenario("list and describe", "Get-JiraConnection; Get-JiraConnection sweep | ForEach-Object { $_.ToString() }").Writes(6).SendsNothing(),
                // A burst limit, so only this endpoint stays slowed (a quota pause would hold the site, and its port, for a day).
                new SweepScenario("429 beyond the cap",
                    "Add-Fault 429 1 '99999' 'serverInfo' 'jira-burst-based'; Invoke-JiraRestMethod serverInfo -Connection sweep; Invoke-JiraRestMethod "
                    + "serverInfo -Connection sweep").Fails("JiraApi429", "JiraApi429").Sends("/rest/api/3/serverInfo"),
                new SweepScenario("3LO sign-in", "Connect-JiraCloud -ClientId $OAuthClientId -ClientSecret $OAuthSecret -Scope read:jira-work,read:jira-user "
                    + "-NoBrowser -Name threelo -Save -Vault Stub" + OAuth).Writes(1).Sends("/oauth/token", "/oauth/token/accessible-resources", Myself),
                new SweepScenario("3LO calls and -Paginate", "Invoke-JiraRestMethod myself -Connection threelo; Invoke-JiraRestMethod project/search -Paginate "
                    + "-Connection threelo").Writes(1 + Projects).Sends(Myself, "/rest/api/3/project/search"),
                new SweepScenario("3LO refresh after the access token expired", "$CloudServer.OAuth.ExpireAccessTokens(); Invoke-JiraRestMethod myself "
                    + "-Connection threelo; Test-JiraToken -Connection threelo").Writes(2).Sends("/oauth/token", Myself),
                new SweepScenario("3LO loaded from the vault", "Disconnect-JiraCloud -Name threelo; Connect-JiraCloud -Name threelo -Vault Stub; "
                    + "Invoke-JiraRestMethod myself -Connection threelo").Writes(2).Sends("/oauth/token", Myself),
                new SweepScenario("3LO wrong client secret", "Connect-JiraCloud -ClientId $OAuthClientId -ClientSecret $PlantedSecure -Scope read:jira-work "
                    + "-NoBrowser -Name threelobad" + OAuth).Fails("JiraOAuthClientRejected").Sends("/oauth/token"),
                new SweepScenario("service account (Cloud)", "Connect-JiraCloud -ClientId $ServiceClientId -ClientSecret $ServiceSecret -ServiceAccount -Site $Site "
                    + "-Name bot -Save -Vault Stub" + OAuth + "; Invoke-JiraRestMethod project/search -Paginate -Connection bot; Test-JiraToken -Connection bot")
                    .Writes(1 + Projects + 1).Sends("/oauth/token", Myself, "/rest/api/3/project/search"),
                new SweepScenario("service account loaded from the vault", "Disconnect-JiraCloud -Name bot; Connect-JiraCloud -Name bot -Vault Stub; "
                    + "Get-JiraConnection bot | ForEach-Object { $_.ToString() }").Writes(2).Sends("/oauth/token", Myself),
                new SweepScenario("service account wrong secret (Cloud)", "Connect-JiraCloud -ClientId $ServiceClientId -ClientSecret $PlantedSecure -ServiceAccount "
                    + "-Site $Site" + OAuth).Fails("JiraAuthenticationFailed").Sends("/oauth/token"),
                new SweepScenario("service account (Data Center)", "Connect-JiraCloud -ClientId $DcServiceClientId -ClientSecret $DcServiceSecret -ServiceAccount "
                    + "-Site $DcSite -Name dcbot -AllowUnencryptedAuthentication; Invoke-JiraRestMethod myself -Connection dcbot")
                    .Writes(2).Sends(DcToken, DcMyself),
                new SweepScenario("service account wrong secret (Data Center)", "Connect-JiraCloud -ClientId $DcServiceClientId -ClientSecret $PlantedSecure "
                    + "-ServiceAccount -Site $DcSite -AllowUnencryptedAuthentication").Fails("JiraAuthenticationFailed").Sends(DcToken),
                new SweepScenario("disconnect", "Disconnect-JiraCloud -All").SendsNothing(),
            };
        }

        private Dictionary<string, object> Variables(string outFile) => new Dictionary<string, object>
        {
            ["Site"] = _session.Cloud.SiteUrl,
            ["Gateway"] = _session.Cloud.GatewayUrl,
            ["Auth"] = _session.Cloud.AuthUrl,
            ["DcSite"] = _session.DataCenter.SiteUrl,
            ["CloudServer"] = _session.Cloud,
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
            ["OAuthClientId"] = FakeAccounts.OAuthClientId,
            ["OAuthSecret"] = Ps.Secure(FakeAccounts.OAuthClientSecret),
            ["ServiceClientId"] = FakeAccounts.ServiceClientId,
            ["ServiceSecret"] = Ps.Secure(FakeAccounts.ServiceClientSecret),
            ["DcServiceClientId"] = FakeAccounts.DcServiceClientId,
            ["DcServiceSecret"] = Ps.Secure(FakeAccounts.DcServiceClientSecret),
            ["Planted"] = Planted,
            ["PlantedSecure"] = Ps.Secure(Planted),
            ["PlantedBasic"] = Convert.ToBase64String(Encoding.UTF8.GetBytes("planted@acme.example:" + Planted)),
            ["SiteWithSecret"] = _session.Cloud.SiteUrl.Replace("http://", "http://admin:" + Planted + "@"),
            ["PathWithSecret"] = "http://user:" + Planted + "@evil.example/rest/api/3/myself",
            ["OutFile"] = outFile,
        };

        [Fact]
        public void Every_scenario_with_verbose_and_debug_leaks_no_secret()
        {
            var outFile = Path.Combine(Path.GetTempPath(), "jiraauth-sweep-" + Guid.NewGuid().ToString("N") + ".json");
            var formatBlocks = FormatViewScripts();
            var scenarios = Scenarios();
            var variables = Variables(outFile);
            var shown = new List<(string Scenario, List<(string Where, string Text)> Texts)>();
            var unexpected = new List<string>();
            _session.Run(
                "function Add-Fault([int] $Status, [int] $Times, [string] $RetryAfter = '0', [string] $Endpoint = 'myself', [string] $Reason) { $h = "
                    + "[System.Collections.Generic.Dictionary[string,string]]::new(); $h['Retry-After'] = $RetryAfter; if ($Reason) { $h['RateLimit-Reason'] = "
                    + "$Reason }; $CloudServer.Faults.Enqueue('/rest/api/3/' + $Endpoint, $Status, $h, '{}', 'application/json', $Times) }\n" +
                "function Add-TransportFault([string] $Kind) { $CloudServer.Faults.EnqueueTransportFault('/rest/api/3/myself', "
                    + "[JiraAuth.FakeJira.TransportFault]$Kind) }",
                variables).AssertNoErrors();
            try
            {
                foreach (var scenario in scenarios)
                {
                    var (result, texts, requests) = RunCaptured(scenario.Script, variables, formatBlocks);
                    shown.Add((scenario.Name, texts));
                    unexpected.AddRange(scenario.Differences(result, requests).Select(d => scenario.Name + ": " + d));
                }
            }
            finally
            {
                if (File.Exists(outFile)) File.Delete(outFile);
                _session.Cloud.Faults.Clear();
                _session.Run("Disconnect-JiraCloud -All; Reset-StubVault");
            }

            // Searched only now: the tokens the fake issued during the sweep are secrets too.
            var secrets = Secrets();
            var leaks = shown.SelectMany(s => SecretSearch.Find(s.Texts, secrets).Select(hit => $"{s.Scenario} ({hit.Where}): {SecretSearch.Mask(hit.Secret)}"))
                .ToList();
            var asExpected = scenarios.Count(s => !unexpected.Any(u => u.StartsWith(s.Name + ": ", StringComparison.Ordinal)));
            new LeakSweepResult(scenarios.Count, asExpected, leaks.Count).Write();

            Assert.True(unexpected.Count == 0, "Scenarios that did not end as they must (so their streams prove little): " + string.Join("; ", unexpected));
            Assert.True(leaks.Count == 0, "Secrets leaked in: " + string.Join("; ", leaks));
            Assert.Contains(secrets, s => s.StartsWith("fake-at-", StringComparison.Ordinal));
            Assert.Contains(secrets, s => s.StartsWith("fake-rt-", StringComparison.Ordinal));
        }

        [Fact]
        public void The_search_finds_a_secret_in_every_place_the_sweep_looks()
        {
            var variables = Variables(null);
            // The hosted engine has no Microsoft.PowerShell.Utility (no Write-Verbose): an advanced function writes through $PSCmdlet.
            var (_, texts, _) = RunCaptured(
                "function Write-Everywhere { [CmdletBinding()] param($Secret, $Basic) $PSCmdlet.WriteVerbose($Secret); $PSCmdlet.WriteDebug($Secret); "
                + "$PSCmdlet.WriteWarning($Secret); $PSCmdlet.WriteInformation($Secret, @()); "
                + "$PSCmdlet.WriteProgress([System.Management.Automation.ProgressRecord]::new(1, $Secret, 'working')); $Host.UI.WriteLine($Secret); $Basic; "
                + "$PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new([System.InvalidOperationException]::new('outer', "
                + "[System.Exception]::new($Secret)), 'Planted', 'NotSpecified', $null)) }\n"
                + "Connect-JiraCloud -Site $Site -Email $AdminEmail -ApiToken $AdminToken -Name $Planted -AllowUnencryptedAuthentication -GatewayUri $Gateway\n"
                + "Write-Everywhere -Secret $Planted -Basic $PlantedBasic",
                variables, FormatViewScripts());
            _session.Run("Disconnect-JiraCloud -All").AssertNoErrors();

            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes("planted@acme.example:" + Planted));
            var found = SecretSearch.Find(texts, new[] { Planted, basic }).ToList();
            foreach (var where in new[] { "Output", "Error", "Verbose", "Debug", "Warning", "Information", "Progress", "Host", "Error record" })
            {
                Assert.True(found.Contains((where, Planted)), $"the search did not find the planted secret in {where}; found it in: "
                    + string.Join(", ", found.Select(f => f.Where)));
            }
            Assert.Contains(("Output", basic), found);
            // No view column can be made to show a secret, so a value only a view computes stands in: the connection table's Site column.
            Assert.Contains(("Format view", _session.Cloud.SiteUrl), SecretSearch.Find(texts, new[] { _session.Cloud.SiteUrl }));
        }

        /// <summary>Runs one script with verbose and debug, and collects what it showed and what the fakes saw while it ran.</summary>
        private (RunResult Result, List<(string Where, string Text)> Texts, IReadOnlyList<LoggedRequest> Requests) RunCaptured(string script,
            Dictionary<string, object> variables, IReadOnlyList<string> formatBlocks)
        {
            var hostBefore = _session.Host.Person.Lines.Count;
            var cloudBefore = _session.Cloud.Requests.Count;
            var dataCenterBefore = _session.DataCenter.Requests.Count;
            var result = _session.Run("$Error.Clear(); " + script, variables, verbose: true, debug: true);
            var hostLines = _session.Host.Person.Lines.Skip(hostBefore).ToList();
            var requests = _session.Cloud.Requests.Snapshot().Skip(cloudBefore).Concat(_session.DataCenter.Requests.Snapshot().Skip(dataCenterBefore)).ToList();
            return (result, SecretSearch.Collect(result, hostLines, FormattedViews(result, formatBlocks)), requests);
        }

        /// <summary>What the module's own format views compute (script-block columns) for every output object.</summary>
        private IEnumerable<string> FormattedViews(RunResult result, IReadOnlyList<string> blocks)
        {
            var values = new List<string>();
            foreach (var output in result.Output.Where(o => o?.BaseObject?.GetType().Namespace?.StartsWith("JiraAuth", StringComparison.Ordinal) == true))
            {
                foreach (var block in blocks)
                {
                    var view = _session.Run("$ViewObject | ForEach-Object { " + block + " }", new Dictionary<string, object> { ["ViewObject"] = output });
                    values.AddRange(view.Output.Select(v => v?.ToString()));
                }
            }
            return values;
        }

        private static IReadOnlyList<string> FormatViewScripts()
        {
            var file = Path.Combine(Repository.Root, "src", "JiraAuth", "JiraAuth.format.ps1xml");
            return XDocument.Load(file).Descendants("ScriptBlock").Select(e => e.Value).Distinct().ToList();
        }
    }
}
