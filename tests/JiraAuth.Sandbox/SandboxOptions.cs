using System;
using System.IO;
using JiraAuth.PwshHost;

namespace JiraAuth.Sandbox
{
    /// <summary>The sandbox's command line: [-Command &lt;script&gt;] [--home &lt;folder&gt;] [--pwsh &lt;path&gt;].</summary>
    public sealed class SandboxOptions
    {
        public const string Usage =
            "Usage: dotnet run --project tests/JiraAuth.Sandbox [-- [-Command <script>] [--home <folder>] [--pwsh <path>]]\n" +
            "  (no -Command)       an interactive pwsh; everything stops when it exits\n" +
            "  -Command <script>   runs the script in the sandbox and exits with its status\n" +
            "  --home <folder>     the sandbox's HOME (default out/sandbox/home: saved connections stay there between runs)\n" +
            "  --pwsh <path>       a pwsh to use instead of the test pwsh in out/pwsh (./build.ps1 -Task Sandbox passes yours)";

        /// <summary>The script to run, or null for an interactive shell.</summary>
        public string Command { get; private set; }

        public string Home { get; private set; } = Path.Combine(RepositoryLayout.Root, "out", "sandbox", "home");

        /// <summary>Null: the test pwsh in out/pwsh.</summary>
        public string Pwsh { get; private set; }

        public static SandboxOptions Parse(string[] args)
        {
            var options = new SandboxOptions();
            for (int i = 0; i < args.Length; i++)
            {
                string name = args[i];
                if (Is(name, "-h", "--help", "-?")) throw new SandboxUsageException(null);
                if (i + 1 >= args.Length) throw new SandboxUsageException($"{name} needs a value.");
                string value = args[++i];
                if (Is(name, "-Command", "-c", "--command")) options.Command = value;
                else if (Is(name, "--home", "-Home")) options.Home = Path.GetFullPath(value);
                else if (Is(name, "--pwsh", "-Pwsh")) options.Pwsh = Path.GetFullPath(value);
                else throw new SandboxUsageException($"Unknown argument '{name}'.");
            }
            return options;
        }

        private static bool Is(string argument, params string[] names) =>
            Array.Exists(names, n => string.Equals(n, argument, StringComparison.OrdinalIgnoreCase));
    }
}
