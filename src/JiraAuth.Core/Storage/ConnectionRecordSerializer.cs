using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Sites;
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
            if (record.RotatedOn != null) json["rotatedOn"] = record.RotatedOn;
            // Optional, and written only when set: records without a proxy stay exactly as before.
            if (record.ProxyUri != null) json["proxyUri"] = record.ProxyUri;
            if (record.ProxyUserName != null) json["proxyUserName"] = record.ProxyUserName;
            if (record.ProxyPassword != null) json["proxyPassword"] = record.ProxyPassword.Reveal();
            if (record.ProxyUseDefaultCredentials) json["proxyUseDefaultCredentials"] = true;
            return json.ToString(Formatting.None);
        }

        /// <summary>
        /// Reads a record and checks every field, so a damaged secret (hand-edited, truncated, written by a newer
        /// release) is always an <see cref="InvalidConnectionRecordException"/> with the remedy, never a raw
        /// conversion error, and never a connection pointed somewhere the user did not save.
        /// </summary>
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
                throw Damaged(secretName, "is not a JiraAuth connection record");
            }
            var version = ((JValue)json["version"]).Value;
            var number = version is long || version is int ? Convert.ToInt64(version, CultureInfo.InvariantCulture) : 0; // a BigInteger is no version
            if (number < 1)
            {
                throw Damaged(secretName, "has an invalid record version");
            }
            if (number > ConnectionRecord.CurrentVersion)
            {
                throw new InvalidConnectionRecordException(secretName,
                    $"The secret '{secretName}' was saved by a newer JiraAuth (record version {number}).").With(RemedyKind.UpdateModuleOrSaveAgain);
            }

            var modeText = Text(json, "authMode", secretName);
            if (modeText == null || !Enum.TryParse(modeText, true, out AuthMode mode) || !Enum.IsDefined(typeof(AuthMode), mode)
                || !AuthModeProfile.For(mode).IsConcrete
                || !char.IsLetter(modeText.Trim()[0]))
            {
                throw Damaged(secretName,
                    "has no concrete auth mode (ApiToken, ScopedApiToken, PersonalAccessToken, Password, OAuthClientCredentials or OAuth3LO)");
            }
            var site = Text(json, "site", secretName);
            var secret = Text(json, "secret", secretName);
            var userName = Text(json, "userName", secretName);
            if (string.IsNullOrEmpty(site) || string.IsNullOrEmpty(secret))
            {
                throw Damaged(secretName, "is missing its site or token");
            }
            if (AuthModeProfile.For(mode).NeedsUserName && string.IsNullOrEmpty(userName))
            {
                throw Damaged(secretName, "is missing the user name its auth mode needs");
            }
            var allowUnencrypted = Flag(json, "allowUnencryptedAuthentication", secretName);
            if (!JiraSite.TryParse(site, allowUnencrypted, out _, out _))
            {
                throw Damaged(secretName, "holds a site that is not a usable Jira site");
            }
            var cloudId = Text(json, "cloudId", secretName);
            if (!string.IsNullOrEmpty(cloudId) && !Guid.TryParseExact(cloudId, "D", out _))
            {
                throw Damaged(secretName, "holds a cloudId that is not a GUID");
            }

            var clientId = Text(json, "clientId", secretName);
            var refreshToken = Text(json, "refreshToken", secretName);
            if ((AuthModeProfile.IsOAuthMode(mode) && string.IsNullOrEmpty(clientId))
                || (AuthModeProfile.For(mode).RotatesRefreshToken && string.IsNullOrEmpty(refreshToken)))
            {
                throw Damaged(secretName, "is missing its OAuth client id or refresh token");
            }

            return new ConnectionRecord
            {
                Version = (int)number,
                Name = Text(json, "name", secretName),
                Site = site,
                AuthMode = mode,
                UserName = userName,
                Secret = SecretText.FromString(secret),
                CloudId = string.IsNullOrEmpty(cloudId) ? null : cloudId,
                ExpiresOn = Date(json, "expiresOn", secretName),
                GatewayUri = Endpoint(json, "gatewayUri", secretName),
                AuthUri = Endpoint(json, "authUri", secretName),
                AllowUnencryptedAuthentication = allowUnencrypted,
                SavedAt = Date(json, "savedAt", secretName) ?? DateTimeOffset.MinValue,
                ClientId = clientId,
                RefreshToken = string.IsNullOrEmpty(refreshToken) ? null : SecretText.FromString(refreshToken),
                Scopes = Scopes(json, secretName),
                Generation = Generation(json, secretName),
                RotatedOn = Text(json, "rotatedOn", secretName),
                ProxyUri = Endpoint(json, "proxyUri", secretName),
                ProxyUserName = Text(json, "proxyUserName", secretName),
                ProxyPassword = Text(json, "proxyPassword", secretName) is string proxyPassword ? SecretText.FromString(proxyPassword) : null,
                ProxyUseDefaultCredentials = Flag(json, "proxyUseDefaultCredentials", secretName),
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

        private static string[] Scopes(JObject json, string secretName)
        {
            var token = json["scopes"];
            if (token == null || token.Type == JTokenType.Null) return null;
            if (!(token is JArray array) || array.Any(t => t.Type != JTokenType.String)) throw Damaged(secretName, "has 'scopes' that are not a list of text");
            return array.Select(t => (string)t).Where(t => !string.IsNullOrEmpty(t)).ToArray();
        }

        private static long Generation(JObject json, string secretName)
        {
            var token = json["generation"];
            if (token == null || token.Type == JTokenType.Null) return 0;
            var value = (token as JValue)?.Value;
            if (token.Type != JTokenType.Integer || !(value is long || value is int)) throw Damaged(secretName,
                "has a 'generation' that is not a whole number");
            return Convert.ToInt64(value, CultureInfo.InvariantCulture);
        }

        private static InvalidConnectionRecordException Damaged(string secretName, string problem) =>
            new InvalidConnectionRecordException(secretName, $"The secret '{secretName}' {problem}, so it cannot be used.")
                .With(Remedy.RemoveDamagedSecret(secretName));

        /// <summary>A string field, or null when absent or JSON null; any other JSON type means the record is damaged.</summary>
        private static string Text(JObject json, string field, string secretName)
        {
            var token = json[field];
            if (token == null || token.Type == JTokenType.Null) return null;
            if (token.Type != JTokenType.String) throw Damaged(secretName, $"has a '{field}' that is not text");
            return (string)token;
        }

        private static bool Flag(JObject json, string field, string secretName)
        {
            var token = json[field];
            if (token == null || token.Type == JTokenType.Null) return false;
            if (token.Type != JTokenType.Boolean) throw Damaged(secretName, $"has a '{field}' that is not true or false");
            return (bool)token;
        }

        private static DateTimeOffset? Date(JObject json, string field, string secretName)
        {
            var text = Text(json, field, secretName);
            if (string.IsNullOrEmpty(text)) return null;
            var date = ParseDate(text);
            if (date == null) throw Damaged(secretName, $"has a '{field}' that is not a date");
            return date;
        }

        /// <summary>The gateway or authorization server: an absolute http(s) URL without user info, query or fragment.</summary>
        private static string Endpoint(JObject json, string field, string secretName)
        {
            var text = Text(json, field, secretName);
            if (string.IsNullOrEmpty(text)) return null;
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
                || !string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            {
                throw Damaged(secretName, $"has a '{field}' that is not an http(s) address");
            }
            return text;
        }

        private static DateTimeOffset? ParseDate(string text) =>
            DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value) ? value : (DateTimeOffset?)null;
    }
}
