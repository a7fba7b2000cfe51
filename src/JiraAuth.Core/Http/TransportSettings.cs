using System;
using JiraAuth.Core.Errors;

namespace JiraAuth.Core.Http
{
    /// <summary>
    /// How every request of a connection (or a one-off download) travels: the per-attempt timeout, the proxy with its
    /// credentials, and whether http:// may carry credentials. Immutable: <see cref="HttpTransportFactory"/> builds every
    /// HTTP client from one of these.
    /// </summary>
    internal sealed class TransportSettings
    {
        public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(100);

        public static readonly TransportSettings Default = new TransportSettings();

        /// <summary>The limit for each attempt of a request.</summary>
        public TimeSpan Timeout { get; init; } = DefaultTimeout;

        /// <summary>null: the system proxy, no credentials.</summary>
        public ProxySettings Proxy { get; init; }

        /// <summary>http:// endpoints may carry credentials (test servers only).</summary>
        public bool AllowUnencrypted { get; init; }

        public TransportSettings WithTimeout(TimeSpan timeout) =>
            new TransportSettings { Timeout = timeout, Proxy = Proxy, AllowUnencrypted = AllowUnencrypted };

        /// <summary>The one https guard: a secret for <paramref name="target"/> goes over http only when the user allowed it.</summary>
        /// <param name="whatWouldTravel">What the error names, e.g. "credentials", "the client secret".</param>
        public void RequireHttps(Uri target, string whatWouldTravel)
        {
            if (target.Scheme == Uri.UriSchemeHttps || AllowUnencrypted) return;
            throw new ArgumentException($"{SafeUri.Origin(target)} is not https: {whatWouldTravel} would travel unencrypted.")
                .With(RemedyKind.UseHttpsEndpoint);
        }
    }
}
