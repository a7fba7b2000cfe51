using System;
using JiraAuth.Core.Auth;

namespace JiraAuth.Vault
{
    /// <summary>A connection saved in a vault, described from its secret metadata; reading it never decrypts the secret.</summary>
    public sealed class SavedJiraConnection
    {
        public string Name { get; set; }
        public string Site { get; set; }
        public AuthMode? AuthMode { get; set; }
        public string UserName { get; set; }
        public string CloudId { get; set; }
        public DateTimeOffset? ExpiresOn { get; set; }
        public string VaultName { get; set; }
        public string SecretName { get; set; }

        /// <summary>True when this connection is also open in the current session.</summary>
        public bool IsConnected { get; set; }

        public override string ToString() => $"{Name}: {Site ?? "(site unknown)"} in vault {VaultName}";
    }
}
