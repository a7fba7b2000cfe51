using JiraAuth.Vault;
using Xunit;

namespace JiraAuth.Module.Tests.Units
{
    public class VaultErrorTextTests
    {
        [Fact]
        public void SecretStore_asking_for_its_password_is_a_locked_vault()
        {
            Assert.True(VaultErrorText.IsLocked("A valid password is required to access the Microsoft.PowerShell.SecretStore vault. Use the Unlock-SecretStore "
                + "cmdlet to provide the required password to access the store."));
        }

        [Fact]
        public void A_missing_default_vault_is_recognised()
        {
            Assert.True(VaultErrorText.IsMissingVault("Unable to find a default vault. Please register a default vault or specify a vault name."));
            Assert.True(VaultErrorText.IsMissingVault("Vault JiraVault does not exist in registry."));
        }

        [Fact]
        public void The_vaults_own_words_inside_SecretManagements_wrapper_are_read()
        {
            var wrapped = new System.InvalidOperationException("Unable to add secret JiraAuth:prod to vault Corp",
                new System.InvalidOperationException("A valid password is required to access the vault. Use the Unlock-SecretStore cmdlet to unlock "
                    + "the vault"));

            var text = JiraAuth.Core.Errors.ExceptionChain.Flatten(wrapped);

            Assert.StartsWith("Unable to add secret JiraAuth:prod to vault Corp", text);
            Assert.True(VaultErrorText.IsLocked(text));
            Assert.False(VaultErrorText.IsLocked(wrapped.Message));
        }

        [Fact]
        public void Other_failures_are_neither()
        {
            const string message = "The vault JiraVault does not support secret metadata.";
            Assert.False(VaultErrorText.IsLocked(message));
            Assert.False(VaultErrorText.IsMissingVault(message));
        }

        [Fact]
        public void SecretStores_PasswordRequiredException_means_locked_whatever_its_message_says()
        {
            var wrapped = new System.InvalidOperationException(
                "Unable to get secret JiraAuth:prod from vault Corp", new PasswordRequiredException("Access denied."));

            Assert.True(VaultErrorText.IsLocked(wrapped, wrapped.Message));
            Assert.False(VaultErrorText.IsLocked(new System.InvalidOperationException("Access denied."), "Access denied."));
        }

        [Fact]
        public void SecretManagements_GetSecretVaultNotFound_id_means_a_missing_vault_whatever_its_message_says()
        {
            Assert.True(VaultErrorText.IsMissingVault("GetSecretVaultNotFound,Microsoft.PowerShell.SecretManagement.GetSecretCommand", "Nope."));
            Assert.False(VaultErrorText.IsMissingVault("GetSecretNotFound,Microsoft.PowerShell.SecretManagement.GetSecretCommand", "Nope."));
        }

        /// <summary>Named as SecretStore's own exception type, which is all the classifier may rely on.</summary>
        private sealed class PasswordRequiredException : System.Exception
        {
            public PasswordRequiredException(string message) : base(message) { }
        }
    }
}
