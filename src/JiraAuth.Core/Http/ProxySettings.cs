using System;
using System.Net;
using System.Net.Http;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Errors;

namespace JiraAuth.Core.Http
{
    /// <summary>
    /// A connection's proxy: an address (none = the system proxy), and either a user name and password for a proxy that
    /// asks for them (407) or the logged-on user's credentials. The password is a <see cref="SecretText"/>: saved only
    /// inside the connection's secret, never shown.
    /// </summary>
    internal sealed class ProxySettings
    {
        public Uri Address { get; init; }
        public string UserName { get; init; }
        public SecretText Password { get; init; }
        public bool UseDefaultCredentials { get; init; }

        /// <summary>Whether anything differs from "the system proxy, no credentials".</summary>
        public bool IsCustom => Address != null || UseDefaultCredentials || UserName != null;

        /// <summary>Points <paramref name="handler"/> (HttpClientHandler or SocketsHttpHandler) at this proxy (or leaves the system proxy), with its
        /// credentials.</summary>
        public void ApplyTo(HttpMessageHandler handler)
        {
            if (handler == null) throw new ArgumentNullException(nameof(handler));
            HandlerProperty.Set(handler, "UseProxy", true);
            var credentials = Credentials();
            if (Address != null)
            {
                // Loopback and intranet hosts go through the proxy too when one is named: the user asked for it.
                HandlerProperty.Set(handler, "Proxy", new WebProxy(Address) { BypassProxyOnLocal = false, Credentials = credentials });
            }
            else if (credentials != null)
            {
                HandlerProperty.Set(handler, "DefaultProxyCredentials", credentials);
            }
        }

        public override string ToString() =>
            (Address == null ? "system proxy" : SafeUri.Origin(Address))
                + (UserName != null ? " as " + UserName : UseDefaultCredentials ? " with the logged-on user's credentials" : string.Empty);

        private ICredentials Credentials()
        {
            if (UseDefaultCredentials) return CredentialCache.DefaultCredentials;
            if (UserName == null) return null;
            return new NetworkCredential(UserName, Password?.Reveal() ?? string.Empty);
        }
    }
}
