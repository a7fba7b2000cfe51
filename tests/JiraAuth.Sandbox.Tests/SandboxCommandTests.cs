using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Threading.Tasks;
using JiraAuth.PwshHost;
using Xunit;

namespace JiraAuth.Sandbox.Tests
{
    /// <summary>
    /// Runs the sandbox as a user would (its own executable, -Command), twice with one sandbox HOME, from a process whose
    /// own HOME is an empty folder that must stay empty.
    /// </summary>
    public sealed class SandboxCommandTests
    {
        private const string AdminAccountId = "5b10a2844c20165700ede21g";

        private const string ConnectAndSave =
            "Connect-JiraCloud -Site $Sandbox.Site -Email admin@acme.example -ApiToken $Sandbox.AdminToken -GatewayUri $Sandbox.Gateway "
                + "-AllowUnencryptedAuthentication -Name demo -Save | Out-Null\n" +
            "'account: ' + (Invoke-JiraRestMethod myself).accountId\n" +
            "'saved in: ' + (Get-JiraConnection demo).VaultName\n" +
            "'vault: ' + $Sandbox.Vault";

        [VaultFact(realVault: true)]
        public async Task A_saved_connection_survives_into_the_next_sandbox_command_and_nothing_is_left_behind()
        {
            using var sandboxHome = new ThrowawayHome();
            using var callerHome = new ThrowawayHome();

            PwshResult first = await RunSandboxAsync(sandboxHome, callerHome, ConnectAndSave);

            Assert.True(first.ExitCode == 0, first.ToString());
            Assert.Contains("account: " + AdminAccountId, first.StandardOutput);
            Assert.Contains("saved in: SandboxVault", first.StandardOutput);
            Assert.Contains("vault: SandboxVault, a SecretStore vault", first.StandardOutput);

            // A new sandbox process: a new fake Jira, the same HOME; the script's exit code is the sandbox's.
            PwshResult second = await RunSandboxAsync(sandboxHome, callerHome,
                "Connect-JiraCloud -Name demo -ErrorAction Stop | Out-Null\n" +
                "'reason: ' + (Test-JiraToken).Reason\n" +
                "exit 7");

            Assert.True(second.ExitCode == 7, second.ToString());
            Assert.Contains("reason: Valid", second.StandardOutput);
            AssertNothingLeftBehind(sandboxHome, callerHome, first, second);
        }

        [VaultFact(realVault: false)]
        public async Task With_the_stub_vault_a_sandbox_command_connects_saves_and_leaves_nothing_behind()
        {
            using var sandboxHome = new ThrowawayHome();
            using var callerHome = new ThrowawayHome();

            PwshResult run = await RunSandboxAsync(sandboxHome, callerHome, ConnectAndSave);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("account: " + AdminAccountId, run.StandardOutput);
            Assert.Contains("saved in: Stub", run.StandardOutput);
            Assert.Contains("test-only in-memory STUB", run.StandardOutput);
            AssertNothingLeftBehind(sandboxHome, callerHome, run);
        }

        /// <summary>No token in any output; nothing written to the caller's own HOME; the fake Jira stopped with the sandbox; no process left in its HOME.</summary>
        private static void AssertNothingLeftBehind(ThrowawayHome sandboxHome, ThrowawayHome callerHome, params PwshResult[] runs)
        {
            foreach (PwshResult run in runs) Assert.DoesNotContain("classic-token-ATATT3xFfGF0", run.StandardOutput + run.StandardError);
            Assert.Empty(Directory.EnumerateFileSystemEntries(callerHome.Path));
            using JsonDocument ports = JsonDocument.Parse(File.ReadAllText(Path.Combine(sandboxHome.Path, "jiraauth-sandbox-ports.json")));
            foreach (string name in new[] { "Site", "Gateway", "DataCenter" })
            {
                int port = ports.RootElement.GetProperty(name).GetInt32();
                Assert.False(Listening(port), $"the fake's {name} port {port} still answers after the sandbox ended");
            }
            Assert.Empty(ProcessesWorkingIn(sandboxHome.Path));
        }

        [Fact]
        public async Task A_failing_command_fails_the_sandbox()
        {
            using var sandboxHome = new ThrowawayHome();
            using var callerHome = new ThrowawayHome();

            PwshResult result = await RunSandboxAsync(sandboxHome, callerHome, "Connect-JiraCloud -Name never-saved -ErrorAction Stop");

            Assert.True(result.ExitCode != 0, result.ToString());
            Assert.Contains("never-saved", result.StandardError);
        }

        private static async Task<PwshResult> RunSandboxAsync(ThrowawayHome sandboxHome, ThrowawayHome callerHome, string script)
        {
            string folder = typeof(SandboxCommandTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SandboxFolder").Value;
            string executable = Path.Combine(folder, RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "JiraAuth.Sandbox.exe" : "JiraAuth.Sandbox");
            var info = new ProcessStartInfo(executable)
            {
                UseShellExecute = false,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (string argument in new[] { "--home", sandboxHome.Path, "-Command", script }) info.ArgumentList.Add(argument);
            foreach (KeyValuePair<string, string> pair in callerHome.Environment) info.Environment[pair.Key] = pair.Value;
            info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

            var watch = Stopwatch.StartNew();
            using Process process = Process.Start(info);
            process.StandardInput.Close();
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            Task exited = process.WaitForExitAsync();
            bool timedOut = await Task.WhenAny(exited, Task.Delay(PwshRun.DefaultTimeout)) != exited;
            if (timedOut)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
            return new PwshResult(timedOut ? -1 : process.ExitCode, await output, await error, timedOut, watch.Elapsed);
        }

        private static bool Listening(int port)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect("127.0.0.1", port);
                return true;
            }
            catch (SocketException)
            {
                return false;
            }
        }

        /// <summary>Processes whose working folder is inside <paramref name="folder"/> (Linux /proc; elsewhere none are found).</summary>
        private static IEnumerable<string> ProcessesWorkingIn(string folder)
        {
            if (!Directory.Exists("/proc")) yield break;
            foreach (string dir in Directory.EnumerateDirectories("/proc"))
            {
                string cwd;
                try { cwd = new FileInfo(Path.Combine(dir, "cwd")).LinkTarget; }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException) { continue; }
                if (cwd != null && cwd.StartsWith(folder, StringComparison.Ordinal)) yield return dir + " " + cwd;
            }
        }
    }
}
