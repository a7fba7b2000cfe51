using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading.Tasks;

namespace JiraAuth.Sandbox
{
    /// <summary>
    /// Starts the fake Jira in this process, then pwsh (interactive, or -Command) with the sandbox set up, waits for it and
    /// stops everything. Ctrl+C belongs to pwsh (it shares the console); this process only ends with it. If this process
    /// is told to stop (SIGTERM, SIGHUP, a closed terminal), it ends pwsh first.
    /// </summary>
    public static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            SandboxOptions options;
            try
            {
                options = SandboxOptions.Parse(args);
            }
            catch (SandboxUsageException e)
            {
                if (e.Message != null) Console.Error.WriteLine(e.Message);
                Console.Error.WriteLine(SandboxOptions.Usage);
                return e.Message == null ? 0 : 2;
            }

            Directory.CreateDirectory(options.Home);
            await using SandboxFakes fakes = await SandboxFakes.StartAsync(options.Home);
            var session = new SandboxSession(options, fakes);
            if (options.Command == null) Greeting.Write(Console.Out, session);
            if (fakes.Warning != null) Console.Error.WriteLine("WARNING: " + fakes.Warning);

            using Process pwsh = Process.Start(session.CreateStartInfo())
                ?? throw new InvalidOperationException("pwsh did not start.");
            // pwsh handles Ctrl+C itself (it cancels the running command, or ends a -Command script); the sandbox stays
            // until pwsh exits, so the fake Jira is there as long as the shell is.
            Console.CancelKeyPress += (_, e) => e.Cancel = true;
            using PosixSignalRegistration term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => Stop(pwsh));
            using PosixSignalRegistration hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, _ => Stop(pwsh));
            await pwsh.WaitForExitAsync();
            return pwsh.ExitCode;
        }

        private static void Stop(Process pwsh)
        {
            try { pwsh.Kill(entireProcessTree: true); }
            catch (InvalidOperationException) { }
        }
    }
}
