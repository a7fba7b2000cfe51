
namespace JiraAuth.Errors
{
    /// <summary>The exact commands that make a vault usable without anyone at the keyboard.</summary>
    internal static class VaultSetupAdvice
    {
        // PSResourceGet (Install-PSResource) ships with PowerShell 7.4 and later; Windows PowerShell 5.1 has only PowerShellGet 1.x.
        public const string Install = "Install-PSResource Microsoft.PowerShell.SecretManagement, Microsoft.PowerShell.SecretStore -Scope CurrentUser "
            + "(in Windows PowerShell 5.1 without PSResourceGet: Install-Module with the same names and -Scope CurrentUser)";

        public const string Register = "Register-SecretVault -Name JiraVault -ModuleName Microsoft.PowerShell.SecretStore -DefaultVault";

        public const string Unattended = "Set-SecretStoreConfiguration -Authentication None -Interaction None";

        public const string ServiceAccountCaveat =
            "Run these as the account the scheduled task runs as (SecretStore is per user, and a store created by you cannot be read by a service account); " +
            "with -Authentication None the store is protected by that account's user profile only.";

        public static string Full => Install + "; " + Register + "; " + Unattended + ". " + ServiceAccountCaveat;
    }
}
