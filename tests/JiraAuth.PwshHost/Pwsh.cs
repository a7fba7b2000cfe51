using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading.Tasks;

namespace JiraAuth.PwshHost
{
    /// <summary>
    /// The test pwsh in out/pwsh (built by tests/JiraAuth.Pwsh from Microsoft.PowerShell.SDK): where it is, how to start it
    /// and how to run a script in it as a child process with a time limit.
    /// </summary>
    public static class Pwsh
    {
        /// <summary>out/pwsh/pwsh (pwsh.exe on Windows): the apphost, so the child process is named pwsh as users see it.</summary>
        public static string ExecutablePath
        {
            get
            {
                string name = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "pwsh.exe" : "pwsh";
                string path = Path.Combine(RepositoryLayout.PwshFolder, name);
                if (!File.Exists(path))
                {
                    throw new FileNotFoundException(
                        $"The test pwsh is not built: {path} is missing. Run `dotnet build JiraAuth.sln` (tests/JiraAuth.Pwsh lays it out).", path);
                }
                return path;
            }
        }

        /// <summary>
        /// A start info for pwsh with <paramref name="arguments"/>: no shell execute, telemetry and update checks off, and the
        /// caller's PSModulePath dropped (a PowerShell that started `dotnet test` would otherwise lend this one its built-in
        /// modules). <paramref name="environment"/> is applied last; a null value removes a variable.
        /// </summary>
        public static ProcessStartInfo CreateStartInfo(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment = null)
        {
            var info = new ProcessStartInfo(ExecutablePath) { UseShellExecute = false };
            foreach (string argument in arguments) info.ArgumentList.Add(argument);
            info.Environment["POWERSHELL_TELEMETRY_OPTOUT"] = "1";
            info.Environment["POWERSHELL_UPDATECHECK"] = "Off";
            info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            info.Environment.Remove("PSModulePath");
            if (environment != null)
            {
                foreach (KeyValuePair<string, string> pair in environment)
                {
                    if (pair.Value == null) info.Environment.Remove(pair.Key);
                    else info.Environment[pair.Key] = pair.Value;
                }
            }
            return info;
        }

        /// <summary>
        /// Runs <c>pwsh -NoProfile -NonInteractive -Command <paramref name="script"/></c> (see <see cref="RunAsync(PwshRun)"/>).
        /// </summary>
        public static Task<PwshResult> RunScriptAsync(string script, IReadOnlyDictionary<string, string> environment = null, TimeSpan? timeout = null)
        {
            return RunAsync(new PwshRun
            {
                Arguments = { "-NoProfile", "-NonInteractive", "-Command", script },
                Environment = environment,
                Timeout = timeout ?? PwshRun.DefaultTimeout,
            });
        }

        /// <summary>
        /// Runs pwsh to the end with standard input closed (so nothing can wait on a prompt) and output captured. Past
        /// <see cref="PwshRun.Timeout"/> the whole process tree is killed and the result says TimedOut.
        /// </summary>
        public static async Task<PwshResult> RunAsync(PwshRun run)
        {
            ProcessStartInfo info = CreateStartInfo(run.Arguments, run.Environment);
            info.RedirectStandardInput = true;
            info.RedirectStandardOutput = true;
            info.RedirectStandardError = true;
            info.StandardOutputEncoding = Encoding.UTF8;
            info.StandardErrorEncoding = Encoding.UTF8;
            if (run.WorkingDirectory != null) info.WorkingDirectory = run.WorkingDirectory;

            var watch = Stopwatch.StartNew();
            using var process = Process.Start(info) ?? throw new InvalidOperationException("pwsh did not start: " + info.FileName);
            process.StandardInput.Close();
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();

            Task exited = process.WaitForExitAsync();
            bool timedOut = await Task.WhenAny(exited, Task.Delay(run.Timeout)).ConfigureAwait(false) != exited;
            if (timedOut)
            {
                try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                await process.WaitForExitAsync().ConfigureAwait(false);
            }

            return new PwshResult(
                timedOut ? -1 : process.ExitCode,
                await output.ConfigureAwait(false),
                await error.ConfigureAwait(false),
                timedOut,
                watch.Elapsed);
        }
    }
}
