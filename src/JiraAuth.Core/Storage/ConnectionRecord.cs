using System;
using JiraAuth.Core.Auth;

namespace JiraAuth.Core.Storage
{
    /// <summary>
    /// What a vault keeps for one saved connection. Versioned so later releases can read older secrets;
    /// stored as one JSON string so it fits any SecretManagement vault.
    /// </summary>
    public sealed class ConnectionRecord
    {
        public const int CurrentVersion = 1;

        public int Version { get; set; } = CurrentVersion;
        public string Name { get; set; }
        public string Site { get; set; }
        public AuthMode AuthMode { get; set; }
        public string UserName { get; set; }

        /// <summary>API token, personal access token or password. Only ever handed to a vault.</summary>
        public SecretText Secret { get; set; }

        public string CloudId { get; set; }
        public DateTimeOffset? ExpiresOn { get; set; }
        public string GatewayUri { get; set; }
        public string AuthUri { get; set; }
        public bool AllowUnencryptedAuthentication { get; set; }
        public DateTimeOffset SavedAt { get; set; } = DateTimeOffset.UtcNow;

        public override string ToString() => $"{Name}: {Site} ({AuthMode})";
    }
}
