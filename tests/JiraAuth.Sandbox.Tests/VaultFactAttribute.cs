using JiraAuth.PwshHost;
using Xunit;

namespace JiraAuth.Sandbox.Tests
{
    /// <summary>
    /// A fact for one kind of sandbox vault: with the real SecretStore (../shared/tools/powershell-modules) saved connections
    /// outlive the sandbox process; with the stub they do not. Skipped, saying why, where the other kind is what the sandbox uses.
    /// </summary>
    public sealed class VaultFactAttribute : FactAttribute
    {
        public VaultFactAttribute(bool realVault)
        {
            bool present = RepositoryLayout.SharedPowerShellModules != null;
            if (realVault && !present)
            {
                Skip = "The real SecretManagement/SecretStore modules are not in ../shared/tools/powershell-modules beside the repository; the sandbox's "
                    + "stub vault does not keep a saved connection for the next sandbox process.";
            }
            else if (!realVault && present)
            {
                Skip = "The sandbox uses the real SecretStore here; the test with it covers this and the next session too.";
            }
        }
    }
}
