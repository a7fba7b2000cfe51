using System;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using PS = System.Management.Automation.PowerShell;
using JiraAuth.Core.Errors;
using JiraAuth.Errors;

namespace JiraAuth.Vault
{
    /// <summary>
    /// A runspace of the module's own for saving rotated refresh tokens. Tokens are refreshed inside HTTP calls, on
    /// whatever thread they run, often while the caller's runspace is busy (a paging loop); this runspace can be used
    /// from any thread, one call at a time. It has no host that could prompt, so a locked vault fails instead of waiting.
    /// </summary>
    internal static class VaultRunspace
    {
        private static readonly object Sync = new object();
        private static Runspace _runspace;

        /// <summary>Runs <paramref name="work"/> with the shared runspace, creating it (and importing SecretManagement) on first use.</summary>
        public static T Use<T>(Func<Runspace, T> work)
        {
            lock (Sync)
            {
                if (_runspace == null || _runspace.RunspaceStateInfo.State != RunspaceState.Opened)
                {
                    var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
                    runspace.Open();
                    using (var ps = PS.Create())
                    {
                        ps.Runspace = runspace;
                        // Where the caller's session found it: the same module (and so the same vaults) as Connect-JiraCloud used.
                        ps.AddCommand("Import-Module").AddParameter("Name", SecretManagementStore.ModuleName).AddParameter("ErrorAction", "Stop");
                        try
                        {
                            ps.Invoke();
                        }
                        catch (RuntimeException e)
                        {
                            runspace.Dispose();
                            throw new VaultException($"The {SecretManagementStore.ModuleName} module could not be loaded to save the rotated refresh token: "
                                + $"{e.Message}",
                                ErrorIds.SecretManagementMissing, ErrorCategory.NotInstalled, new Remedy(RemedyKind.InstallSecretStore), e);
                        }
                    }
                    _runspace = runspace;
                }
                return work(_runspace);
            }
        }
    }
}
