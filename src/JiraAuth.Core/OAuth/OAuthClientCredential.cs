using System;
using JiraAuth.Core.Auth;

namespace JiraAuth.Core.OAuth
{
    /// <summary>An OAuth app's (or service account credential's) client id and secret; the secret never shows itself.</summary>
    internal sealed class OAuthClientCredential
    {
        public OAuthClientCredential(string clientId, SecretText clientSecret)
        {
            ClientId = clientId?.Trim();
            if (string.IsNullOrEmpty(ClientId)) throw new InvalidCredentialException(nameof(ClientId),
                "The client id is empty: copy it from the app's settings (developer console) or the service account's OAuth credential.");
            if (clientSecret == null || clientSecret.Reveal().Trim().Length == 0)
            {
                throw new InvalidCredentialException(nameof(ClientSecret),
                    "The client secret is empty: Atlassian requires it at the token endpoint (PKCE without a secret is not supported).");
            }
            var trimmed = clientSecret.Reveal().Trim();
            ClientSecret = trimmed.Length == clientSecret.Reveal().Length ? clientSecret : SecretText.FromString(trimmed);
            if (ClientId.IndexOfAny(new[] { '\r', '\n', '\0' }) >= 0) throw new InvalidCredentialException(nameof(ClientId),
                "The client id contains a line break or NUL character.");
        }

        public string ClientId { get; }

        public SecretText ClientSecret { get; }

        public override string ToString() => "OAuth client " + ClientId + " (secret " + SecretText.Mask + ")";
    }
}
