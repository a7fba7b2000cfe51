using System;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Http;
using JiraAuth.Core.Sites;

namespace JiraAuth.Core.Connections
{
    /// <summary>What the user supplied to connect or test: site, credential, mode and endpoints.</summary>
    public sealed class ConnectionSettings
    {
        public JiraSite Site { get; set; }
        public AuthMode AuthMode { get; set; } = AuthMode.Auto;
        public JiraCredential Credential { get; set; }

        /// <summary>Skips tenant_info discovery when known.</summary>
        public string CloudId { get; set; }

        public JiraEndpoints Endpoints { get; set; } = new JiraEndpoints();
        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);
        public bool AllowUnencryptedAuthentication { get; set; }

        /// <summary>The token's expiry as the user knows it; Atlassian cannot report it.</summary>
        public DateTimeOffset? ExpiresOn { get; set; }

        public RetryOptions Retry { get; set; } = new RetryOptions();

        /// <summary>OAuth modes: where access tokens come from (Credential is null then).</summary>
        public JiraAuth.Core.OAuth.OAuthSession OAuth { get; set; }
        /// <summary>The proxy for every request of this connection (cloudId lookup included); null uses the system proxy.</summary>
        public ProxySettings Proxy { get; set; }

        /// <summary>For tests only: replaces the HTTP transport.</summary>
        public Func<System.Net.Http.HttpMessageHandler> TransportFactory { get; set; }
    }
}
