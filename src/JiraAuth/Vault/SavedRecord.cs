using JiraAuth.Core.Storage;

namespace JiraAuth.Vault
{
    /// <summary>A decoded connection record and the vault it came from.</summary>
    internal sealed class SavedRecord
    {
        public SavedRecord(ConnectionRecord record, string vaultName)
        {
            Record = record;
            VaultName = vaultName;
        }

        public ConnectionRecord Record { get; }
        public string VaultName { get; }
    }
}
