using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Threading.Tasks;
using JiraAuth.PwshHost;

namespace JiraAuth.Pester.Tests
{
    /// <summary>
    /// The Pester suite, run by tests/Pester/Invoke-PesterSuite.ps1 in the test pwsh: once in discovery mode (to list the
    /// tests while xunit discovers), and once for real, lazily, the first time a test asks for its outcome.
    /// Both runs get a throw-away HOME (vault registrations and SecretStore files land there, never in the user's) and the
    /// user's own module folders, where Invoke-PesterSuite.ps1 looks for SecretManagement and SecretStore before
    /// ../shared/tools/powershell-modules and the stub (tests/Pester/VaultModules.ps1).
    /// </summary>
    public static class PesterSuite
    {
        /// <summary>The whole suite takes about a minute here; a hang must fail the run well before CI's limit.</summary>
        public static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(7);

        private static readonly TimeSpan DiscoveryTimeout = TimeSpan.FromMinutes(3);
        private static readonly Lazy<Task<SuiteRun>> LazyRun = new Lazy<Task<SuiteRun>>(RunAsync);

        /// <summary>The suite's tests, without running them. Throws with pwsh's output when discovery fails.</summary>
        public static IReadOnlyList<PesterTestOutcome> Discover()
        {
            SuiteRun discovery = InvokeAsync(discoverOnly: true, DiscoveryTimeout).GetAwaiter().GetResult();
            if (discovery.Outcomes == null) throw new InvalidOperationException("Pester discovery failed.\n" + discovery.Process);
            return discovery.Outcomes;
        }

        /// <summary>Runs the suite (once per test process) and returns every test's outcome by Id.</summary>
        public static Task<SuiteRun> Run => LazyRun.Value;

        private static Task<SuiteRun> RunAsync() => InvokeAsync(discoverOnly: false, RunTimeout);

        private static async Task<SuiteRun> InvokeAsync(bool discoverOnly, TimeSpan timeout)
        {
            using var home = new ThrowawayHome();
            string resultPath = Path.Combine(home.Path, discoverOnly ? "pester-discovery.json" : "pester-results.json");
            var run = new PwshRun
            {
                Arguments =
                {
                    "-NoProfile", "-NonInteractive", "-File", Path.Combine(RepositoryLayout.PesterFolder, "Invoke-PesterSuite.ps1"),
                    "-ResultPath", resultPath, "-Verbosity", "Detailed",
                },
                Environment = Environment(home),
                WorkingDirectory = RepositoryLayout.Root,
                Timeout = timeout,
            };
            if (discoverOnly) run.Arguments.Add("-DiscoverOnly");

            PwshResult result = await Pwsh.RunAsync(run).ConfigureAwait(false);
            if (!discoverOnly) SaveLog(result);
            IReadOnlyList<PesterTestOutcome> outcomes = File.Exists(resultPath)
                ? JsonSerializer.Deserialize<List<PesterTestOutcome>>(File.ReadAllText(resultPath))
                : null;
            return new SuiteRun(outcomes, result);
        }

        private static Dictionary<string, string> Environment(ThrowawayHome home)
        {
            var environment = new Dictionary<string, string>(home.Environment)
            {
                ["NO_COLOR"] = "1",
                ["JIRAAUTH_FAKEJIRA_DLL"] = typeof(PesterSuite).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                    .FirstOrDefault(a => a.Key == "FakeJiraDll")?.Value,
            };
            environment[UserModulePath.VariableName] = UserModulePath.Value;
            return environment;
        }

        /// <summary>Pester's own console output, kept beside the test assembly for reading after a failure.</summary>
        public static string LogPath => Path.Combine(AppContext.BaseDirectory, "pester-run.log");

        private static void SaveLog(PwshResult result)
        {
            try { File.WriteAllText(LogPath, result.ToString()); }
            catch (IOException) { }
        }
    }
}
