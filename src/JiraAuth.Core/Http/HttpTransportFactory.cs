using System;
using System.Net.Http;

namespace JiraAuth.Core.Http
{
    /// <summary>
    /// Builds every HTTP client JiraAuth uses (connections, OAuth token endpoints, tenant_info, accessible-resources,
    /// downloads of reference data), all the same way: retry → per-attempt timeout → redirect guard → authentication →
    /// TLS 1.2 scope → pooled transport with the proxy. Every request therefore shows in -Verbose/-Debug, honours the
    /// proxy and its credentials, and follows the same retry rules.
    /// </summary>
    internal static class HttpTransportFactory
    {
        /// <summary>The client of one <see cref="JiraClient"/>: HttpClient's own timeout is off, the pipeline's per-attempt timeout applies.</summary>
        public static HttpClient CreateClient(JiraClientOptions options) =>
            new HttpClient(CreatePipeline(options), disposeHandler: true) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };

        /// <summary>A client for requests that carry no Authorization header (tenant_info, token endpoints, downloads).</summary>
        /// <param name="apiBase">Requests may go only under this address (the origin guard of every client).</param>
        public static JiraClient Anonymous(Uri apiBase, TransportSettings transport, RetryOptions retry) =>
            new JiraClient(Options(apiBase, transport, retry));

        /// <summary>Options for a client under <paramref name="apiBase"/> that travels as <paramref name="transport"/> says; no credential yet.</summary>
        public static JiraClientOptions Options(Uri apiBase, TransportSettings transport, RetryOptions retry) => new JiraClientOptions
        {
            ApiBaseUri = apiBase,
            Timeout = (transport ?? TransportSettings.Default).Timeout,
            Proxy = transport?.Proxy,
            Retry = retry ?? RetryOptions.None,
        };

        /// <summary>The innermost handler: the substitute a test gave, or a pooled one with the proxy; inside a TLS 1.2 scope where that matters.</summary>
        private static HttpMessageHandler CreateTransport(HttpMessageHandler substitute, ProxySettings proxy)
        {
            var inner = substitute ?? PooledTransport.Create(proxy);
            // SocketsHttpHandler never reads ServicePointManager, so the scope (two process-wide locks a request) would buy nothing there.
            return PooledTransport.IgnoresServicePointManager(inner) ? inner : new Tls12Handler { InnerHandler = inner };
        }

        private static HttpMessageHandler CreatePipeline(JiraClientOptions options)
        {
            var transport = CreateTransport(options.Transport, options.Proxy);
            DelegatingHandler authentication = options.TokenSource != null
                ? new BearerTokenHandler(options.ApiBaseUri, options.TokenSource) { InnerHandler = transport }
                : (DelegatingHandler)new AuthenticationHandler(options.ApiBaseUri, options.Authorization) { InnerHandler = transport };
            var redirects = new RedirectGuardHandler { InnerHandler = authentication };
            var timeout = new AttemptTimeoutHandler(options.Timeout) { InnerHandler = redirects };
            return new RetryHandler(options.Retry ?? new RetryOptions(), options.ApiBaseUri) { InnerHandler = timeout };
        }
    }
}
