using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using JiraAuth.FakeJira;
using JiraAuth.PowerShell.Tests.Support;
using Xunit;

namespace JiraAuth.PowerShell.Tests
{
    /// <summary>
    /// JiraAuth in a process whose default load context already holds another Newtonsoft.Json (14.0.1-beta2, loaded and used
    /// before PowerShell starts): the module must bind its own 13.0.3 in its own load context, work, and leave the host's alone.
    /// A separate process, because a process can hold only one Newtonsoft.Json in its default context.
    /// </summary>
    public sealed class DependencyIsolationTests
    {
        private const string Script = @"
$env:PSModulePath = $env:JIRAAUTH_TEST_STUBS + [System.IO.Path]::PathSeparator + $env:PSModulePath
Import-Module $env:JIRAAUTH_TEST_MANIFEST -ErrorAction Stop
$token = [System.Security.SecureString]::new()
foreach ($c in $env:JIRAAUTH_TEST_TOKEN.ToCharArray()) { $token.AppendChar($c) }
$null = Connect-JiraCloud -Site $env:JIRAAUTH_TEST_SITE -Email $env:JIRAAUTH_TEST_EMAIL -ApiToken $token `
    -GatewayUri $env:JIRAAUTH_TEST_GATEWAY -AllowUnencryptedAuthentication -ErrorAction Stop
'myself=' + (Invoke-JiraRestMethod myself).emailAddress
'projects=' + @(Invoke-JiraRestMethod project/search -Paginate).Count
'hashtable=' + (Invoke-JiraRestMethod myself -OutputType Hashtable)['emailAddress']
[System.AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'Newtonsoft.Json' } | ForEach-Object {
    'newtonsoft=' + $_.GetName().Version + '|' + [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($_).Name + '|' + $_.Location
}
";

        [Fact]
        public async Task JiraAuth_uses_its_own_Newtonsoft_Json_when_the_process_already_has_another_and_leaves_that_one_working()
        {
            await using var cloud = await FakeJiraServer.StartAsync(new FakeJiraOptions());
            var scriptPath = Path.Combine(Path.GetTempPath(), "jiraauth-isolation-" + Guid.NewGuid().ToString("N") + ".ps1");
            File.WriteAllText(scriptPath, Script);
            try
            {
                var (exitCode, output) = await RunHostAsync(scriptPath, cloud);
                var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
                Assert.True(exitCode == 0, "The isolation host failed:\n" + output);

                Assert.Contains("host Newtonsoft.Json 14.0.0.0 {\"loaded\":true}", lines);
                Assert.Contains("myself=" + FakeAccounts.AdminEmail, lines);
                Assert.Contains("hashtable=" + FakeAccounts.AdminEmail, lines);
                Assert.True(int.Parse(lines.Single(l => l.StartsWith("projects=")).Substring(9)) > 0, output);

                var moduleCopy = Path.Combine(Path.GetDirectoryName(Repository.ModuleManifest), "Newtonsoft.Json.dll");
                var loaded = lines.Where(l => l.StartsWith("newtonsoft=")).Select(l => l.Substring(11)).ToList();
                Assert.Contains("13.0.0.0|JiraAuth|" + moduleCopy, loaded);
                Assert.Contains(loaded, l => l.StartsWith("14.0.0.0|Default|"));
                Assert.Equal(2, loaded.Count);

                Assert.Contains("host after Newtonsoft.Json 14.0.0.0 {\"stillWorks\":true}", lines);
            }
            finally
            {
                File.Delete(scriptPath);
            }
        }

        private static async Task<(int ExitCode, string Output)> RunHostAsync(string scriptPath, FakeJiraServer cloud)
        {
            // bin/<Configuration>/net10.0 of this project, mirrored for the host project.
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var hostDll = Path.Combine(Repository.Root, "tests", "JiraAuth.IsolationHost", "bin", framework.Parent.Name, framework.Name,
                "JiraAuth.IsolationHost.dll");
            Assert.True(File.Exists(hostDll), hostDll + " is missing: build the solution.");

            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(hostDll);
            start.ArgumentList.Add(scriptPath);
            start.Environment["JIRAAUTH_TEST_STUBS"] = Repository.StubModules;
            start.Environment["JIRAAUTH_TEST_MANIFEST"] = Repository.ModuleManifest;
            start.Environment["JIRAAUTH_TEST_SITE"] = cloud.SiteUrl;
            start.Environment["JIRAAUTH_TEST_GATEWAY"] = cloud.GatewayUrl;
            start.Environment["JIRAAUTH_TEST_EMAIL"] = FakeAccounts.AdminEmail;
            start.Environment["JIRAAUTH_TEST_TOKEN"] = FakeAccounts.AdminClassicToken;
            using var process = Process.Start(start);
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("The isolation host did not finish in 120 s:\n" + await stdout);
            }
            return (process.ExitCode, await stdout + await stderr);
        }
    }
}
