using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using JiraAuth.PwshHost;

namespace JiraAuth.Sandbox
{
    /// <summary>How the sandbox's pwsh is started: its arguments, HOME, modules and the fake's addresses.</summary>
    public sealed class SandboxSession
    {
        public const string VaultName = "SandboxVault";

        private readonly SandboxOptions _options;

        public SandboxSession(SandboxOptions options, SandboxFakes fakes)
        {
            _options = options;
            Fakes = fakes;
        }

        public SandboxFakes Fakes { get; }

        public string Home => _options.Home;

        private static string SetupScript => Path.Combine(System.AppContext.BaseDirectory, "Start-Sandbox.ps1");

        public ProcessStartInfo CreateStartInfo()
        {
            string setup = ". '" + SetupScript.Replace("'", "''") + "'";
            var arguments = new List<string> { "-NoLogo", "-NoProfile" };
            if (_options.Command == null)
            {
                arguments.AddRange(new[] { "-NoExit", "-Command", setup });
            }
            else
            {
                // The script's own exit code, or pwsh's 0/1 for success/failure of its last statement.
                arguments.AddRange(new[] { "-NonInteractive", "-Command", setup + "\n" + _options.Command });
            }

            // Start-Sandbox.ps1 finds SecretManagement and SecretStore (tests/Pester/VaultModules.ps1): the user's own module
            // folders first, then ../shared/tools/powershell-modules, then the stub.
            var environment = new Dictionary<string, string>(ThrowawayHome.EnvironmentFor(Home))
            {
                [UserModulePath.VariableName] = UserModulePath.Value,
                ["JIRAAUTH_REPOSITORY"] = RepositoryLayout.Root,
                ["JIRAAUTH_MANIFEST"] = RepositoryLayout.ModuleManifest,
                ["JIRAAUTH_SANDBOX_GREET"] = _options.Command == null ? "1" : null,
                ["JIRAAUTH_SANDBOX_SITE"] = Fakes.Cloud.SiteUrl,
                ["JIRAAUTH_SANDBOX_GATEWAY"] = Fakes.Cloud.GatewayUrl,
                ["JIRAAUTH_SANDBOX_CLOUDID"] = Fakes.Cloud.Options.CloudId,
                ["JIRAAUTH_SANDBOX_DATACENTER"] = Fakes.DataCenter.SiteUrl,
                ["JIRAAUTH_SANDBOX_AUTH"] = Fakes.Cloud.AuthUri != null ? Fakes.Cloud.AuthUrl : null,
            };
            Directory.CreateDirectory(environment["XDG_DATA_HOME"]);
            ProcessStartInfo info = Pwsh.CreateStartInfo(arguments, environment);
            if (_options.Pwsh != null) info.FileName = _options.Pwsh;
            info.WorkingDirectory = Home;
            return info;
        }
    }
}
