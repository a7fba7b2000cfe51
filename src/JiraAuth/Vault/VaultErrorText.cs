using System;

namespace JiraAuth.Vault
{
    /// <summary>Recognises SecretManagement's failure messages; its errors have no stable ids, so the text is all there is.</summary>
    public static class VaultErrorText
    {
        public static bool IsLocked(string message) =>
            Contains(message, "Unlock-SecretStore") || Contains(message, "unlock") || Contains(message, "password is required") || Contains(message, "A valid password");

        public static bool IsMissingVault(string message) =>
            Contains(message, "default vault") || (Contains(message, "vault") && (Contains(message, "not found") || Contains(message, "does not exist") || Contains(message, "Unable to find")));

        private static bool Contains(string text, string part) => text != null && text.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
