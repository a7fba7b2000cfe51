using System;

namespace JiraAuth.Vault
{
    /// <summary>
    /// Recognises SecretManagement's failures. What the real modules make identifiable is read first: SecretStore's
    /// PasswordRequiredException anywhere in the exception chain (a locked store), SecretManagement's GetSecretVaultNotFound
    /// error id (no such vault). Messages are the fallback, for extension vaults that raise neither.
    /// </summary>
    internal static class VaultErrorText
    {
        /// <summary>The exception SecretStore throws when it needs its password (Microsoft.PowerShell.SecretStore.PasswordRequiredException).</summary>
        public const string PasswordRequiredTypeName = "PasswordRequiredException";

        /// <summary>SecretManagement's error id for a -Vault name that is not registered.</summary>
        public const string VaultNotFoundErrorId = "GetSecretVaultNotFound";

        public static bool IsLocked(Exception error, string message)
        {
            for (var e = error; e != null; e = e.InnerException)
            {
                if (e.GetType().Name == PasswordRequiredTypeName) return true;
            }
            return IsLocked(message);
        }

        public static bool IsMissingVault(string fullyQualifiedErrorId, string message) =>
            (fullyQualifiedErrorId != null && fullyQualifiedErrorId.StartsWith(VaultNotFoundErrorId, StringComparison.OrdinalIgnoreCase))
            || IsMissingVault(message);

        public static bool IsLocked(string message) =>
            Contains(message, "Unlock-SecretStore") || Contains(message, "unlock")
            || Contains(message, "password is required") || Contains(message, "A valid password");

        public static bool IsMissingVault(string message) =>
            Contains(message, "default vault")
            || (Contains(message, "vault") && (Contains(message, "not found") || Contains(message, "does not exist") || Contains(message, "Unable to find")));

        private static bool Contains(string text, string part) => text != null && text.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
