using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Storage;
using JiraAuth.Core.Tests.OAuth;
using JiraAuth.FakeJira;
using JiraAuth.PwshHost;
using Newtonsoft.Json.Linq;

namespace JiraAuth.Core.Tests.MultiProcess
{
    /// <summary>
    /// Servers sharing one 3LO sign-in: each "server" is a throw-away home with its own user profile (and so its own
    /// default lock folder) and the test-only JiraAuthFolderVault registered over one shared folder; the fake's access
    /// tokens live 2 s. Workers are real pwsh processes (out/pwsh, -NonInteractive, with a time limit).
    /// </summary>
    internal sealed class Farm : IAsyncDisposable
    {
        public const string VaultName = "FarmVault";
        private const string SecretName = "JiraAuth:farm";

        private const string Register = @"
$ErrorActionPreference = 'Stop'
Import-Module Microsoft.PowerShell.SecretManagement
Register-SecretVault -Name FarmVault -ModuleName $env:FARM_VAULT_MODULE -VaultParameters @{ Folder = $env:FARM_VAULT_FOLDER } -DefaultVault
'registered'
";

        private readonly string _root = Path.Combine(Path.GetTempPath(), "jiraauth-farm-" + Guid.NewGuid().ToString("N").Substring(0, 12));
        private readonly List<ThrowawayHome> _homes = new List<ThrowawayHome>();

        private Farm(FakeJiraServer server)
        {
            Server = server;
            Directory.CreateDirectory(VaultFolder);
            Directory.CreateDirectory(ReadyFolder);
        }

        public FakeJiraServer Server { get; }

        public string VaultFolder => Path.Combine(_root, "vault");

        public string SharedLockFolder => Path.Combine(_root, "locks");

        /// <summary>Each worker leaves a file here once it has connected.</summary>
        public string ReadyFolder => Path.Combine(_root, "ready");

        public int ConnectedWorkers => Directory.GetFiles(ReadyFolder, "connected-*").Length;

        /// <summary>Workers that have made their first attempt to connect, whether it worked or not.</summary>
        public int ArrivedWorkers => Directory.GetFiles(ReadyFolder, "arrived-*").Length;

        /// <summary>With <c>startTogether</c>, workers wait after their first attempt until this file exists (<see cref="StartWorkers"/>).</summary>
        public string StartFile => Path.Combine(_root, "start");

        public void StartWorkers() => File.WriteAllText(StartFile, "start");

        /// <summary>While this file exists the vault's writes fail.</summary>
        public string WriteFaultFile => Path.Combine(VaultFolder, "fail-writes");

        /// <summary>Writes the vault refused while <see cref="WriteFaultFile"/> existed (it leaves a file for each).</summary>
        public int RefusedWrites => Directory.GetFiles(VaultFolder, "refused-write-*").Length;

        public static async Task<Farm> StartAsync(int servers, TimeSpan reuseLeeway)
        {
            var server = await FakeJiraServer.StartAsync(new FakeJiraOptions
            {
                OAuthAccessTokenLifetime = TimeSpan.FromSeconds(2),
                OAuthRefreshReuseLeeway = reuseLeeway,
            });
            var farm = new Farm(server);
            try
            {
                using (var tokens = OAuthTestSettings.CloudTokenClient(server, OAuthTestSettings.App()))
                {
                    var grant = await SignIn.AsAdminAsync(server, tokens);
                    farm.Seed(grant.RefreshToken);
                }
                for (var i = 0; i < servers; i++) farm._homes.Add(new ThrowawayHome());
                var registered = await Task.WhenAll(farm._homes.Select(h => Pwsh.RunScriptAsync(Register, farm.Environment(h, sharedLocks: false, 0))));
                foreach (var result in registered)
                {
                    if (result.ExitCode != 0 || !result.StandardOutput.Contains("registered")) throw new InvalidOperationException(result.ToString());
                }
                return farm;
            }
            catch
            {
                await farm.DisposeAsync();
                throw;
            }
        }

        /// <summary>
        /// Runs <paramref name="perServer"/> workers on every server for <paramref name="duration"/>; <paramref name="faults"/> runs
        /// alongside (it may kill workers through the handles it gets).
        /// </summary>
        public async Task<IReadOnlyList<FarmWorker>> RunAsync(int perServer, TimeSpan duration, bool sharedLocks,
            Func<IReadOnlyList<Process>, Task> faults = null, bool startTogether = false)
        {
            var started = new List<(int Server, Process Process, Task<string> Out, Task<string> Err)>();
            var killed = new HashSet<Process>();
            try
            {
                for (var s = 0; s < _homes.Count; s++)
                {
                    for (var p = 0; p < perServer; p++)
                    {
                        var info = Pwsh.CreateStartInfo(new[] { "-NoProfile", "-NonInteractive", "-Command", FarmWorker.Script },
                            Environment(_homes[s], sharedLocks, duration.TotalSeconds, startTogether));
                        info.RedirectStandardInput = true;
                        info.RedirectStandardOutput = true;
                        info.RedirectStandardError = true;
                        info.StandardOutputEncoding = Encoding.UTF8;
                        info.StandardErrorEncoding = Encoding.UTF8;
                        var process = Process.Start(info) ?? throw new InvalidOperationException("pwsh did not start");
                        process.StandardInput.Close();
                        started.Add((s, process, process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync()));
                    }
                }
                var processes = started.Select(w => w.Process).ToList();
                var faulting = faults == null ? Task.CompletedTask : faults(processes);
                // Beyond the 2-minute refresh-lock timeout (a worker may wait that long for the others on a loaded machine) and pwsh's start.
                var limit = duration + TimeSpan.FromMinutes(4);
                var results = new List<FarmWorker>();
                foreach (var worker in started)
                {
                    var exited = worker.Process.WaitForExitAsync();
                    var timedOut = await Task.WhenAny(exited, Task.Delay(limit)) != exited;
                    if (timedOut) Kill(worker.Process);
                    await worker.Process.WaitForExitAsync();
                    var wasKilled = !timedOut && KilledByFaults(worker.Process);
                    results.Add(new FarmWorker(worker.Server, worker.Process.ExitCode, wasKilled, timedOut, await worker.Out, await worker.Err));
                }
                await faulting;
                return results;
            }
            finally
            {
                foreach (var worker in started)
                {
                    Kill(worker.Process);
                    worker.Process.Dispose();
                }
            }
        }

        /// <summary>Workers the fault script killed are remembered here, so their exit is not counted as an abort.</summary>
        public static void KillWorker(Process process)
        {
            lock (Killed) Killed.Add(process.Id);
            Kill(process);
        }

        private static readonly HashSet<int> Killed = new HashSet<int>();

        private static bool KilledByFaults(Process process)
        {
            lock (Killed) return Killed.Contains(process.Id);
        }

        private static void Kill(Process process)
        {
            try
            {
                if (!process.HasExited) process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
            }
        }

        /// <summary>The refresh token the shared vault holds now (read from its file, as the test vault stores it in plain text).</summary>
        public string StoredRefreshToken
        {
            get
            {
                var hex = string.Concat(Encoding.UTF8.GetBytes(SecretName.ToLowerInvariant()).Select(b => b.ToString("x2")));
                var entry = JObject.Parse(File.ReadAllText(Path.Combine(VaultFolder, hex + ".json")));
                return (string)JObject.Parse((string)entry["Value"])["refreshToken"];
            }
        }

        /// <summary>The sign-in survived: the token in the vault is one the authorization server still accepts.</summary>
        public bool SignInAlive => Server.OAuth.CanRefresh(StoredRefreshToken);

        private void Seed(SecretText refreshToken)
        {
            var record = ConnectionRecordSerializer.Serialize(new ConnectionRecord
            {
                Name = "farm", Site = Server.SiteUrl, AuthMode = AuthMode.OAuth3LO, ClientId = FakeAccounts.OAuthClientId,
                Secret = SecretText.FromString(FakeAccounts.OAuthClientSecret), RefreshToken = refreshToken, Scopes = new[] { "read:jira-work", "read:jira-user" },
                CloudId = Server.Options.CloudId, GatewayUri = Server.GatewayUrl, AuthUri = Server.AuthUrl, AllowUnencryptedAuthentication = true,
                Generation = 1,
            });
            var hex = string.Concat(Encoding.UTF8.GetBytes(SecretName.ToLowerInvariant()).Select(b => b.ToString("x2")));
            var entry = new JObject { ["Name"] = SecretName, ["Type"] = "SecureString", ["Value"] = record, ["Metadata"] = new JObject() };
            File.WriteAllText(Path.Combine(VaultFolder, hex + ".json"), entry.ToString());
        }

        private Dictionary<string, string> Environment(ThrowawayHome home, bool sharedLocks, double seconds, bool startTogether = false) =>
            new Dictionary<string, string>(home.Environment.ToDictionary(p => p.Key, p => p.Value))
            {
                ["PSModulePath"] = RepositoryLayout.SharedPowerShellModules,
                ["JIRAAUTH_MODULE"] = RepositoryLayout.ModuleManifest,
                ["JIRAAUTH_LOCK_DIRECTORY"] = sharedLocks ? SharedLockFolder : null,
                ["FARM_VAULT_MODULE"] = Path.Combine(RepositoryLayout.PesterFolder, "JiraAuthFolderVault", "JiraAuthFolderVault.psd1"),
                ["FARM_VAULT_FOLDER"] = VaultFolder,
                ["FARM_READY_FOLDER"] = ReadyFolder,
                ["FARM_SECONDS"] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["FARM_START_FILE"] = startTogether ? StartFile : null,
            };

        public async ValueTask DisposeAsync()
        {
            foreach (var home in _homes) home.Dispose();
            await Server.DisposeAsync();
            try { Directory.Delete(_root, true); } catch (IOException) { }
        }
    }
}
