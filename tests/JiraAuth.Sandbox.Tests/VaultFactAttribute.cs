using System.IO;
using System.Linq;
using JiraAuth.PwshHost;
using Xunit;

namespace JiraAuth.Sandbox.Tests
{
    /// <summary>
    /// A fact for one kind of sandbox vault: with the real SecretStore (on the user's module path, else in
    /// ../shared/tools/powershell-modules, the order the sandbox looks in) saved connections
    /// outlive the sandbox process; with the stub they do not. Skipped, saying why, where the other kind is what the sandbox uses.
    /// </summary>
    public sealed class VaultFactAttribute : FactAttribute
    {
        public VaultFactAttribute(bool realVault)
        {
            bool present = RepositoryLayout.SharedPowerShellModules != null || OnUserModulePath("Microsoft.PowerShell.SecretManagement")
                && OnUserModulePath("Microsoft.PowerShell.SecretStore");
            if (realVault && !present)
            {
                Skip = "The real SecretManagement/SecretStore modules are neither on your module path nor in ../shared/tools/powershell-modules "
                    + "(Install-PSResource Microsoft.PowerShell.SecretManagement, Microsoft.PowerShell.SecretStore); the sandbox's "
                    + "stub vault does not keep a saved connection for the next sandbox process.";
            }
            else if (!realVault && present)
            {
                Skip = "The sandbox uses the real SecretStore here; the test with it covers this and the next session too.";
            }
        }

        private static bool OnUserModulePath(string module) =>
            UserModulePath.Folders().Any(folder => Directory.Exists(Path.Combine(folder, module)));
    }
}
