using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Threading.Tasks;
using JiraAuth.FakeJira;
using Xunit;
using PS = System.Management.Automation.PowerShell;

namespace JiraAuth.PowerShell.Tests.Support
{
    /// <summary>
    /// One PowerShell 7.6 runspace (the real engine, hosted in-process) with the built module imported from out/JiraAuth,
    /// the stub SecretManagement module, and a fake Jira Cloud and Data Center, shared by one test class.
    /// </summary>
    public class PowerShellSession : IAsyncLifetime
    {
        private Runspace _runspace;

        public FakeJiraServer Cloud { get; private set; }
        public FakeJiraServer DataCenter { get; private set; }

        /// <summary>What Import-Module wrote (errors, warnings) when the session started.</summary>
        public RunResult ImportResult { get; private set; }

        public async Task InitializeAsync()
        {
            var cloud = FakeJiraServer.StartAsync(new FakeJiraOptions());
            var dataCenter = FakeJiraServer.StartAsync(new FakeJiraOptions { Deployment = FakeDeployment.DataCenter, ContextPath = "/jira" });
            Cloud = await cloud;
            DataCenter = await dataCenter;

            var state = InitialSessionState.CreateDefault2();
            var host = CreateHost();
            _runspace = host == null ? RunspaceFactory.CreateRunspace(state) : RunspaceFactory.CreateRunspace(host, state);
            _runspace.Open();
            // The stub folder first on PSModulePath: RequiredModules of JiraAuth.psd1 resolves to it (and only inside this runspace).
            ImportResult = Run(
                "$env:PSModulePath = $StubModules + [System.IO.Path]::PathSeparator + $env:PSModulePath\n" +
                "Import-Module $StubManifest -ErrorAction Stop\n" +
                "Import-Module $ModuleManifest -ErrorAction Stop",
                new Dictionary<string, object>
                {
                    ["StubModules"] = Repository.StubModules,
                    ["StubManifest"] = Repository.StubSecretManagement,
                    ["ModuleManifest"] = Repository.ModuleManifest,
                });
            if (ImportResult.Errors.Count > 0)
            {
                throw new InvalidOperationException("Import-Module failed: " + string.Join(" | ", ImportResult.Errors.Select(e => e.ToString())));
            }
        }

        /// <summary>null: the engine's "Default Host", which JiraAuth treats as non-interactive.</summary>
        protected virtual System.Management.Automation.Host.PSHost CreateHost() => null;

        public async Task DisposeAsync()
        {
            if (_runspace != null)
            {
                try { Run("Disconnect-JiraCloud -All"); } catch { }
                _runspace.Dispose();
            }
            if (Cloud != null) await Cloud.DisposeAsync();
            if (DataCenter != null) await DataCenter.DisposeAsync();
        }

        /// <summary>Back to a clean state: no session connections, empty unlocked stub vault, fresh request logs and lockouts.</summary>
        public void Reset()
        {
            Run("Disconnect-JiraCloud -All; Reset-StubVault").AssertNoErrors();
            foreach (var server in new[] { Cloud, DataCenter })
            {
                server.ResetLockouts();
                server.Requests.Clear();
            }
        }

        /// <summary>
        /// Runs <paramref name="script"/> in the session's runspace. <paramref name="parameters"/> become global variables
        /// (so secrets travel as objects, never in script text). With <paramref name="verbose"/>, $VerbosePreference is Continue.
        /// </summary>
        public RunResult Run(string script, IDictionary parameters = null, bool verbose = false, bool debug = false)
        {
            var proxy = _runspace.SessionStateProxy;
            if (parameters != null)
            {
                foreach (DictionaryEntry pair in parameters) proxy.SetVariable((string)pair.Key, pair.Value);
            }
            proxy.SetVariable("VerbosePreference", verbose ? ActionPreference.Continue : ActionPreference.SilentlyContinue);
            proxy.SetVariable("DebugPreference", debug ? ActionPreference.Continue : ActionPreference.SilentlyContinue);

            using (var ps = PS.Create())
            {
                ps.Runspace = _runspace;
                ps.AddScript(script);
                return RunResult.Invoke(ps);
            }
        }

        /// <summary>
        /// Runs <paramref name="script"/> and stops it as Ctrl+C would once <paramref name="stopWhen"/> is true (checked every
        /// 20 ms, for at most <paramref name="limit"/>, after which it is stopped anyway); the result says how it ended.
        /// </summary>
        public RunResult RunAndStop(string script, Func<bool> stopWhen, TimeSpan limit)
        {
            _runspace.SessionStateProxy.SetVariable("VerbosePreference", ActionPreference.SilentlyContinue);
            using (var ps = PS.Create())
            {
                ps.Runspace = _runspace;
                ps.AddScript(script);
                return RunResult.Invoke(ps, shell =>
                {
                    var running = shell.BeginInvoke();
                    var clock = System.Diagnostics.Stopwatch.StartNew();
                    while (!stopWhen() && !running.IsCompleted && clock.Elapsed < limit) System.Threading.Thread.Sleep(20);
                    shell.Stop();
                    return shell.EndInvoke(running);
                });
            }
        }

        /// <summary>Parameters for connecting to the fake Cloud: $Site and $Gateway are always set.</summary>
        public Dictionary<string, object> CloudParameters(params (string Name, object Value)[] more)
        {
            var parameters = new Dictionary<string, object> { ["Site"] = Cloud.SiteUrl, ["Gateway"] = Cloud.GatewayUrl };
            foreach (var (name, value) in more) parameters[name] = value;
            return parameters;
        }

        /// <summary>Connects the admin (classic API token) as <paramref name="name"/>; returns the connection object.</summary>
        public PSObject ConnectAdmin(string name = "default")
        {
            return Run("Connect-JiraCloud -Site $Site -Email $Email -ApiToken $Token -Name $Name -AllowUnencryptedAuthentication -GatewayUri $Gateway",
                CloudParameters(("Email", FakeAccounts.AdminEmail), ("Token", Ps.Secure(FakeAccounts.AdminClassicToken)),
                    ("Name", name))).AssertNoErrors().Single;
        }
    }
}
