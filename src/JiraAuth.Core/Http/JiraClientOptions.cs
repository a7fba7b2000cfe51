using System;
using System.Net.Http;
using System.Net.Http.Headers;

namespace JiraAuth.Core.Http
{
    /// <summary>Everything one connection's HTTP client needs: where to go, how to sign, how patient to be.</summary>
    internal sealed class JiraClientOptions
    {
        /// <summary>The site (with any context path) or the gateway's /ex/jira/{cloudId}; credentials go to its origin only.</summary>
        public Uri ApiBaseUri { get; set; }

        /// <summary>"3" on Cloud, "2" on Data Center: used for relative paths such as 'issue/ABC-1'.</summary>
        public string DefaultApiVersion { get; set; } = "3";

        /// <summary>null for anonymous calls (tenant_info).</summary>
        public AuthenticationHeaderValue Authorization { get; set; }

        /// <summary>OAuth: a current Bearer token per request instead of the fixed <see cref="Authorization"/>.</summary>
        public IAccessTokenSource TokenSource { get; set; }

        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

        public RetryOptions Retry { get; set; } = new RetryOptions();

        /// <summary>Innermost transport; tests may substitute one. Default: HttpClientHandler without auto-redirects or cookies.</summary>
        public HttpMessageHandler Transport { get; set; }

        public string UserAgent { get; set; } = DefaultUserAgent.Value;

        /// <summary>The connection's proxy; null uses the system proxy.</summary>
        public ProxySettings Proxy { get; set; }
    }
}
