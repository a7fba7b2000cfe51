using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using JiraAuth.Core.Auth;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace JiraAuth.Core.Storage
{
    /// <summary>Writes and reads the vault form of a connection; a damaged or newer record fails with a message saying what to do.</summary>
    internal static class ConnectionRecordSerializer
    {
        /// <summary>The secret name for a connection: predictable, so admins can find it with Get-SecretInfo.</summary>
        public static string SecretName(string connectionName) => "JiraAuth:" + connectionName;

        public const string SecretNamePrefix = "JiraAuth:";

        public static string Serialize(ConnectionRecord record)
        {
            var json = new JObject
            {
                ["version"] = record.Version,
                ["name"] = record.Name,
                ["site"] = record.Site,
                ["authMode"] = record.AuthMode.ToString(),
                ["userName"] = record.UserName,
                ["secret"] = record.Secret?.Reveal(),
                ["cloudId"] = record.CloudId,
                ["expiresOn"] = record.ExpiresOn?.ToString("o", CultureInfo.InvariantCulture),
                ["gatewayUri"] = record.GatewayUri,
                ["authUri"] = record.AuthUri,
                ["allowUnencryptedAuthentication"] = record.AllowUnencryptedAuthentication,
                ["savedAt"] = record.SavedAt.ToString("o", CultureInfo.InvariantCulture),
            };
            if (record.ClientId != null) json["clientId"] = record.ClientId;
            if (record.RefreshToken != null) json["refreshToken"] = record.RefreshToken.Reveal();
            if (record.Scopes != null) json["scopes"] = new JArray(record.Scopes);
            if (record.Generation != 0) json["generation"] = record.Generation;
            return json.ToString(Formatting.None);
        }

        public static ConnectionRecord Deserialize(string secretName, string text)
        {
            JObject json;
            try
            {
                json = JiraAuth.Core.Json.JiraJson.Parse(text ?? string.Empty) as JObject;
            }
            catch (JsonException)
            {
                json = null;
            }
            if (json == null || json["version"]?.Type != JTokenType.Integer)
            {
                throw new InvalidOperationException($"The secret '{secretName}' is not a JiraAuth connection record. Remove it with Remove-Secret -Name '{secretName}' and save the connection again with Connect-JiraCloud -Save.");
            }
            var version = (int)json["version"];
            if (version > ConnectionRecord.CurrentVersion)
            {
                throw new InvalidOperationException($"The secret '{secretName}' was saved by a newer JiraAuth (record version {version}). Update the JiraAuth module to read it.");
            }
            if (!Enum.TryParse((string)json["authMode"], true, out AuthMode mode) || string.IsNullOrEmpty((string)json["site"]) || string.IsNullOrEmpty((string)json["secret"]))
            {
                throw new InvalidOperationException($"The secret '{secretName}' is missing its site, auth mode or token. Save the connection again with Connect-JiraCloud -Save.");
            }
            var refreshToken = (string)json["refreshToken"];
            if ((IsOAuth(mode) && string.IsNullOrEmpty((string)json["clientId"])) || (mode == AuthMode.OAuth3LO && string.IsNullOrEmpty(refreshToken)))
            {
                throw new InvalidOperationException($"The secret '{secretName}' is missing its OAuth client id or refresh token. Save the connection again with Connect-JiraCloud -Save.");
            }
            return new ConnectionRecord
            {
                Version = version,
                Name = (string)json["name"],
                Site = (string)json["site"],
                AuthMode = mode,
                UserName = (string)json["userName"],
                Secret = SecretText.FromString((string)json["secret"]),
                CloudId = (string)json["cloudId"],
                ExpiresOn = ParseDate((string)json["expiresOn"]),
                GatewayUri = (string)json["gatewayUri"],
                AuthUri = (string)json["authUri"],
                AllowUnencryptedAuthentication = json["allowUnencryptedAuthentication"]?.Type == JTokenType.Boolean && (bool)json["allowUnencryptedAuthentication"],
                SavedAt = ParseDate((string)json["savedAt"]) ?? DateTimeOffset.MinValue,
                ClientId = (string)json["clientId"],
                RefreshToken = string.IsNullOrEmpty(refreshToken) ? null : SecretText.FromString(refreshToken),
                Scopes = (json["scopes"] as JArray)?.Select(t => (string)t).Where(t => !string.IsNullOrEmpty(t)).ToArray(),
                Generation = json["generation"]?.Type == JTokenType.Integer ? (long)json["generation"] : 0,
            };
        }

        /// <summary>Non-secret facts for SecretManagement metadata, so Get-JiraConnection -ListAvailable need not decrypt anything.</summary>
        public static IDictionary<string, object> Metadata(ConnectionRecord record)
        {
            var metadata = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase)
            {
                ["JiraAuthVersion"] = record.Version,
                ["Name"] = record.Name,
                ["Site"] = record.Site,
                ["AuthMode"] = record.AuthMode.ToString(),
            };
            if (!string.IsNullOrEmpty(record.UserName)) metadata["UserName"] = record.UserName;
            if (!string.IsNullOrEmpty(record.CloudId)) metadata["CloudId"] = record.CloudId;
            if (record.ExpiresOn.HasValue) metadata["ExpiresOn"] = record.ExpiresOn.Value.UtcDateTime;
            if (!string.IsNullOrEmpty(record.ClientId)) metadata["ClientId"] = record.ClientId;
            return metadata;
        }

        private static bool IsOAuth(AuthMode mode) => mode == AuthMode.OAuthClientCredentials || mode == AuthMode.OAuth3LO;

        private static DateTimeOffset? ParseDate(string text) =>
            DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value) ? value : (DateTimeOffset?)null;
    }
}
