using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using JiraAuth.Core.Errors;

namespace JiraAuth.Core.OAuth
{
    /// <summary>
    /// The 3LO consent URL: audience=api.atlassian.com, the scopes space-separated with offline_access added (without it
    /// no refresh token is issued), response_type=code, prompt=consent and an unguessable state bound to this sign-in.
    /// </summary>
    internal sealed class AuthorizationRequest
    {
        public const string OfflineAccess = "offline_access";
        public static readonly Uri DefaultRedirectUri = new Uri("http://localhost:8765/callback");

        public AuthorizationRequest(string clientId, IEnumerable<string> scopes, Uri redirectUri, string state = null)
        {
            if (string.IsNullOrWhiteSpace(clientId)) throw new ArgumentException("A client id is required.", nameof(clientId));
            ClientId = clientId.Trim();
            var list = (scopes ?? Enumerable.Empty<string>())
                .SelectMany(s => (s ?? string.Empty).Split(new[] { ' ', ',' }, StringSplitOptions.RemoveEmptyEntries))
                .Distinct(StringComparer.Ordinal).ToList();
            if (list.Count == 0 || list.All(s => s == OfflineAccess))
            {
                throw new ArgumentException("No scope was asked for, and the consent screen grants only what is asked for.", nameof(scopes))
                    .With(RemedyKind.NameScopes);
            }
            if (!list.Contains(OfflineAccess)) list.Add(OfflineAccess);
            Scopes = list;
            RedirectUri = redirectUri ?? DefaultRedirectUri;
            if (!RedirectUri.IsAbsoluteUri || (RedirectUri.Scheme != Uri.UriSchemeHttp && RedirectUri.Scheme != Uri.UriSchemeHttps))
            {
                throw new ArgumentException("The redirect URI must be an absolute http(s) URL, "
                    + "exactly the callback URL registered for the app (e.g. http://localhost:8765/callback).", nameof(redirectUri));
            }
            State = state ?? NewState();
        }

        public string ClientId { get; }
        public IReadOnlyList<string> Scopes { get; }
        public Uri RedirectUri { get; }

        /// <summary>Random per sign-in: a redirect carrying another state is not ours (CSRF) and is refused.</summary>
        public string State { get; }

        public Uri BuildUri(Uri authUri)
        {
            var query = new StringBuilder()
                .Append("audience=api.atlassian.com")
                .Append("&client_id=").Append(Uri.EscapeDataString(ClientId))
                .Append("&scope=").Append(Uri.EscapeDataString(string.Join(" ", Scopes)))
                .Append("&redirect_uri=").Append(Uri.EscapeDataString(RedirectUri.ToString()))
                .Append("&state=").Append(Uri.EscapeDataString(State))
                .Append("&response_type=code&prompt=consent");
            return new Uri(authUri.ToString().TrimEnd('/') + "/authorize?" + query);
        }

        private static string NewState()
        {
            var bytes = new byte[24];
            using (var random = RandomNumberGenerator.Create()) random.GetBytes(bytes);
            return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        }
    }
}
