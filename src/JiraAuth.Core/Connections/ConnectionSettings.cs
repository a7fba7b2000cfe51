using System;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Http;
using JiraAuth.Core.OAuth;
using JiraAuth.Core.Sites;

namespace JiraAuth.Core.Connections
{
    /// <summary>
    /// One immutable description of a connection: site, credential kind, endpoints and how requests travel. A connect
    /// strategy that learns more (the cloudId, the site an OAuth token reaches, the token session) derives a new description
    /// with <c>new ConnectionSettings(settings) { ... }</c>; nothing changes one after it is built.
    /// </summary>
    internal sealed class ConnectionSettings
    {
        public ConnectionSettings()
        {
        }

        /// <summary>A copy, for an object initializer to change what a strategy has learnt.</summary>
        public ConnectionSettings(ConnectionSettings source)
        {
            if (source == null) throw new ArgumentNullException(nameof(source));
            Site = source.Site;
            AuthMode = source.AuthMode;
            Credential = source.Credential;
            CloudId = source.CloudId;
            Endpoints = source.Endpoints;
            Transport = source.Transport;
            ExpiresOn = source.ExpiresOn;
            Retry = source.Retry;
            OAuth = source.OAuth;
        }

        /// <summary>null only while an OAuth strategy has yet to find the site (a service account given by -CloudId, a 3LO sign-in).</summary>
        public JiraSite Site { get; init; }

        public AuthMode AuthMode { get; init; } = AuthMode.Auto;

        /// <summary>The static credential (API token, scoped token, PAT, password); null for the OAuth modes.</summary>
        public JiraCredential Credential { get; init; }

        /// <summary>Skips tenant_info discovery when known.</summary>
        public string CloudId { get; init; }

        public JiraEndpoints Endpoints { get; init; } = new JiraEndpoints();

        /// <summary>Timeout, proxy and the unencrypted allowance for every request of the connection (cloudId and token requests included).</summary>
        public TransportSettings Transport { get; init; } = TransportSettings.Default;

        /// <summary>The token's expiry as the user knows it; Atlassian cannot report it.</summary>
        public DateTimeOffset? ExpiresOn { get; init; }

        public RetryOptions Retry { get; init; } = new RetryOptions();

        /// <summary>OAuth modes: where access tokens come from (Credential is null then); set by the OAuth strategies.</summary>
        public OAuthSession OAuth { get; init; }

        public TimeSpan Timeout => Transport.Timeout;

        public bool AllowUnencryptedAuthentication => Transport.AllowUnencrypted;

        public ProxySettings Proxy => Transport.Proxy;
    }
}
