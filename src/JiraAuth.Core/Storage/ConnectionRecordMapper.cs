using System;
using System.Linq;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Http;
using JiraAuth.Core.Sites;

namespace JiraAuth.Core.Storage
{
    /// <summary>Between live connections and vault records: what is saved is exactly what is needed to connect again.</summary>
    /// <remarks>Internal (visible to the module): it is the one way from a live connection back to its secret.</remarks>
    internal static class ConnectionRecordMapper
    {
        public static ConnectionRecord FromConnection(JiraConnection connection)
        {
            var settings = connection.Settings;
            var oauth = settings.OAuth;
            return WithTransport(new ConnectionRecord
            {
                Name = connection.Name,
                Site = connection.Site.ToString(),
                AuthMode = connection.AuthMode,
                UserName = settings.Credential?.UserName,
                Secret = settings.Credential?.Secret ?? oauth?.TokenClient.Client.ClientSecret,
                ClientId = oauth?.ClientId,
                RefreshToken = oauth?.Rotation?.Snapshot().RefreshToken,
                Scopes = oauth?.Scopes.ToArray(),
                Generation = oauth?.Rotation?.Generation ?? 0,
                CloudId = connection.CloudId,
                ExpiresOn = connection.ExpiresOn,
                SavedAt = DateTimeOffset.UtcNow,
            }, settings);
        }

        /// <summary>Fills in what every record takes from its settings (endpoints, unencrypted flag, proxy); the one place for it.</summary>
        internal static ConnectionRecord WithTransport(ConnectionRecord record, ConnectionSettings settings)
        {
            record.GatewayUri = settings.Endpoints.Gateway.ToString();
            record.AuthUri = settings.Endpoints.Auth.ToString();
            record.AllowUnencryptedAuthentication = settings.AllowUnencryptedAuthentication;
            record.ProxyUri = settings.Proxy?.Address?.ToString();
            record.ProxyUserName = settings.Proxy?.UserName;
            record.ProxyPassword = settings.Proxy?.Password;
            record.ProxyUseDefaultCredentials = settings.Proxy?.UseDefaultCredentials ?? false;
            return record;
        }

        public static ConnectionSettings ToSettings(ConnectionRecord record)
        {
            return new ConnectionSettings
            {
                Site = JiraSite.Parse(record.Site, record.AllowUnencryptedAuthentication),
                AuthMode = record.AuthMode,
                // OAuth records become a token session (OAuthConnector.ConnectSavedAsync), not a credential.
                Credential = record.AuthMode == AuthMode.OAuth3LO || record.AuthMode == AuthMode.OAuthClientCredentials ? null
                    : JiraCredential.For(record.AuthMode, record.UserName, record.Secret),
                CloudId = record.CloudId,
                ExpiresOn = record.ExpiresOn,
                Endpoints = new JiraEndpoints(
                    string.IsNullOrEmpty(record.GatewayUri) ? null : new Uri(record.GatewayUri),
                    string.IsNullOrEmpty(record.AuthUri) ? null : new Uri(record.AuthUri)),
                AllowUnencryptedAuthentication = record.AllowUnencryptedAuthentication,
                Proxy = ProxyOf(record),
            };
        }

        private static ProxySettings ProxyOf(ConnectionRecord record)
        {
            var proxy = new ProxySettings
            {
                Address = string.IsNullOrEmpty(record.ProxyUri) ? null : new Uri(record.ProxyUri),
                UserName = record.ProxyUserName,
                Password = record.ProxyPassword,
                UseDefaultCredentials = record.ProxyUseDefaultCredentials,
            };
            return proxy.IsCustom ? proxy : null;
        }
    }
}
