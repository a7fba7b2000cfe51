using System;
using System.Linq;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Http;
using JiraAuth.Core.Sites;

using JiraAuth.Core.Storage;

namespace JiraAuth.Core.Connecting
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

        /// <param name="retry">This session's retry options.</param>
        /// <param name="timeout">This session's -TimeoutSec; null keeps the default.</param>
        public static ConnectionSettings ToSettings(ConnectionRecord record, RetryOptions retry = null, TimeSpan? timeout = null)
        {
            var profile = AuthModeProfile.For(record.AuthMode);
            return new ConnectionSettings
            {
                Site = JiraSite.Parse(record.Site, record.AllowUnencryptedAuthentication),
                AuthMode = record.AuthMode,
                // OAuth records become a token session (the saved-record strategy), not a credential.
                Credential = profile.IsOAuth ? null : JiraCredential.For(record.AuthMode, record.UserName, record.Secret),
                CloudId = record.CloudId,
                ExpiresOn = record.ExpiresOn,
                Endpoints = new JiraEndpoints(
                    string.IsNullOrEmpty(record.GatewayUri) ? null : new Uri(record.GatewayUri),
                    string.IsNullOrEmpty(record.AuthUri) ? null : new Uri(record.AuthUri)),
                Transport = new TransportSettings
                {
                    Timeout = timeout ?? TransportSettings.DefaultTimeout,
                    AllowUnencrypted = record.AllowUnencryptedAuthentication,
                    Proxy = ProxyOf(record),
                },
                Retry = retry ?? new RetryOptions(),
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
