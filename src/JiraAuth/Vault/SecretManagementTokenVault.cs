using JiraAuth.Core.OAuth;
using JiraAuth.Core.Storage;

namespace JiraAuth.Vault
{
    /// <summary>A saved 3LO connection's record in a SecretManagement vault, reachable from any thread through <see cref="VaultRunspace"/>.</summary>
    internal sealed class SecretManagementTokenVault : IRefreshTokenVault
    {
        private readonly string _connectionName;
        private readonly string _vault;

        public SecretManagementTokenVault(string connectionName, string vault)
        {
            _connectionName = connectionName;
            _vault = vault;
        }

        /// <summary>The lock that serialises refreshes: one per saved secret, in every process of this user.</summary>
        public string LockKey => _vault + "/" + ConnectionRecordSerializer.SecretName(_connectionName);

        public string Description => $"secret '{ConnectionRecordSerializer.SecretName(_connectionName)}' in vault '{_vault}'";

        public ConnectionRecord Read() =>
            VaultRunspace.Use(runspace => new SecretManagementStore(nonInteractive: true, runspace).Load(_connectionName, _vault)?.Record);

        public void Write(ConnectionRecord record) =>
            VaultRunspace.Use(runspace => new SecretManagementStore(nonInteractive: true, runspace).Save(record, _vault));
    }
}
