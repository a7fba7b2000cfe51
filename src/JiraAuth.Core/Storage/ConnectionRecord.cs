using System;
using JiraAuth.Core.Auth;

namespace JiraAuth.Core.Storage
{
    /// <summary>
    /// What a vault keeps for one saved connection. Versioned so later releases can read older secrets;
    /// stored as one JSON string so it fits any SecretManagement vault. Version 2 adds OAuth: the client id,
    /// the refresh token (3LO) and scopes, and a generation number that grows with every rotated refresh token,
    /// so a reader can tell a stale copy from the newest. Access tokens are never saved. Fields added since (proxy,
    /// rotatedOn) are optional and written only when set, so version 2 readers, older releases included, read every record.
    /// </summary>
    internal sealed class ConnectionRecord
    {
        public const int CurrentVersion = 2;

        public int Version { get; set; } = CurrentVersion;
        public string Name { get; set; }
        public string Site { get; set; }
        public AuthMode AuthMode { get; set; }
        public string UserName { get; set; }

        /// <summary>API token, personal access token, password or OAuth client secret. Only ever handed to a vault.</summary>
        public SecretText Secret { get; set; }

        /// <summary>OAuth modes: the app's or service account credential's client id.</summary>
        public string ClientId { get; set; }

        /// <summary>OAuth 3LO: the newest refresh token of the rotation chain.</summary>
        public SecretText RefreshToken { get; set; }

        /// <summary>OAuth modes: the scopes asked for (3LO without offline_access, which is always added).</summary>
        public string[] Scopes { get; set; }

        /// <summary>Grows by one with every saved refresh token; 0 for records that do not rotate.</summary>
        public long Generation { get; set; }

        /// <summary>OAuth 3LO: the machine whose process saved the newest refresh token (absent in records saved before it was kept).</summary>
        public string RotatedOn { get; set; }

        public string CloudId { get; set; }
        public DateTimeOffset? ExpiresOn { get; set; }
        public string GatewayUri { get; set; }
        public string AuthUri { get; set; }
        public bool AllowUnencryptedAuthentication { get; set; }

        /// <summary>The connection's proxy (absent: the system proxy); its password, like the token, only in this secret.</summary>
        public string ProxyUri { get; set; }
        public string ProxyUserName { get; set; }
        public SecretText ProxyPassword { get; set; }
        public bool ProxyUseDefaultCredentials { get; set; }
        public DateTimeOffset SavedAt { get; set; } = DateTimeOffset.UtcNow;

        public ConnectionRecord Clone()
        {
            var copy = (ConnectionRecord)MemberwiseClone();
            copy.Scopes = Scopes == null ? null : (string[])Scopes.Clone();
            return copy;
        }

        public override string ToString() => $"{Name}: {Site} ({AuthMode})";
    }
}
