using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Storage;
using JiraAuth.Core.Tests.OAuth;
using JiraAuth.FakeJira;
using JiraAuth.PwshHost;
using Newtonsoft.Json.Linq;
using Xunit;

namespace JiraAuth.Core.Tests.MultiProcess
{
    /// <summary>
    /// Several separate pwsh processes share one saved 3LO connection in the REAL SecretStore (throw-away HOME) while the
    /// fake authorization server expires access tokens every 3 s and revokes the whole chain on any refresh-token reuse.
    /// SecretStore caches per process, so writes of different processes are kept 6 s apart: about a minute on a loaded machine.
    /// </summary>
    public class SharedSignInAcrossProcessesTests
    {
        private const int Processes = 3;

        private const string Worker = @"
$ErrorActionPreference = 'Stop'
Import-Module Microsoft.PowerShell.SecretManagement, Microsoft.PowerShell.SecretStore
Import-Module $env:JIRAAUTH_MODULE
$null = Connect-JiraCloud -Name shared
$first = Invoke-JiraRestMethod myself
Start-Sleep -Milliseconds 3500   # the access token has expired: the next call refreshes
$second = Invoke-JiraRestMethod myself
'calls ok: ' + $first.accountId + ' ' + $second.accountId
";

        private const string Seed = @"
$ErrorActionPreference = 'Stop'
Import-Module Microsoft.PowerShell.SecretManagement, Microsoft.PowerShell.SecretStore
Set-SecretStoreConfiguration -Scope CurrentUser -Authentication None -Interaction None -Password (ConvertTo-SecureString x -AsPlainText -Force) -Confirm:$false
Register-SecretVault -Name JiraVault -ModuleName Microsoft.PowerShell.SecretStore -DefaultVault
Set-Secret -Name 'JiraAuth:shared' -Secret (ConvertTo-SecureString $env:JIRAAUTH_RECORD -AsPlainText -Force) -Vault JiraVault
'seeded'
";

        private const string ReadBack = @"
Import-Module Microsoft.PowerShell.SecretManagement, Microsoft.PowerShell.SecretStore
Get-Secret -Name 'JiraAuth:shared' -Vault JiraVault -AsPlainText
";

        [RealSecretStoreFact]
        public async Task EveryCallSucceedsTheChainLivesAndTheStoreEndsWithTheLiveToken()
        {
            await using var server = await FakeJiraServer.StartAsync(new FakeJiraOptions { OAuthAccessTokenLifetime = TimeSpan.FromSeconds(3) });
            using var tokenClient = OAuthTestSettings.CloudTokenClient(server, OAuthTestSettings.App());
            var grant = await SignIn.AsAdminAsync(server, tokenClient);
            using var home = new ThrowawayHome();
            var environment = new Dictionary<string, string>(home.Environment.ToDictionary(p => p.Key, p => p.Value))
            {
                ["PSModulePath"] = RepositoryLayout.SharedPowerShellModules,
                ["JIRAAUTH_MODULE"] = RepositoryLayout.ModuleManifest,
            };

            var seeding = new Dictionary<string, string>(environment) { ["JIRAAUTH_RECORD"] = RecordJson(server, grant.RefreshToken) };
            var seeded = await Pwsh.RunScriptAsync(Seed, seeding);
            Assert.True(seeded.ExitCode == 0 && seeded.StandardOutput.Contains("seeded"), seeded.ToString());

            var workers = await Task.WhenAll(Enumerable.Range(0, Processes).Select(_ => Pwsh.RunScriptAsync(Worker, environment, TimeSpan.FromMinutes(3))));

            foreach (var worker in workers)
            {
                Assert.True(worker.ExitCode == 0
                    && worker.StandardOutput.Contains("calls ok: " + FakeAccounts.AdminAccountId + " " + FakeAccounts.AdminAccountId), worker.ToString());
                Assert.DoesNotContain("fake-rt-", worker.StandardOutput + worker.StandardError);
            }
            var chain = Assert.Single(server.OAuth.Chains);
            Assert.False(chain.Revoked, "a refresh token was reused");
            Assert.True(chain.Refreshes >= 2 * Processes, "refreshes: " + chain.Refreshes);

            var stored = await Pwsh.RunScriptAsync(ReadBack, environment);
            var record = JObject.Parse(stored.StandardOutput.Trim());
            Assert.Equal(chain.LiveToken, (string)record["refreshToken"]);
            Assert.Equal(1 + chain.Refreshes, (long)record["generation"]);
        }

        private static string RecordJson(FakeJiraServer server, SecretText refreshToken) => ConnectionRecordSerializer.Serialize(new ConnectionRecord
        {
            Name = "shared",
            Site = server.SiteUrl,
            AuthMode = AuthMode.OAuth3LO,
            ClientId = FakeAccounts.OAuthClientId,
            Secret = SecretText.FromString(FakeAccounts.OAuthClientSecret),
            RefreshToken = refreshToken,
            Scopes = new[] { "read:jira-work", "read:jira-user" },
            CloudId = server.Options.CloudId,
            GatewayUri = server.GatewayUrl,
            AuthUri = server.AuthUrl,
            AllowUnencryptedAuthentication = true,
            Generation = 1,
        });
    }
}
