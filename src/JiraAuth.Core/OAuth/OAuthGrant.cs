using System;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Http;

namespace JiraAuth.Core.OAuth
{
    /// <summary>What a token endpoint handed out. RefreshToken is null when the response had none (keep the old one).</summary>
    internal sealed class OAuthGrant
    {
        public OAuthGrant(SecretText accessToken, SecretText refreshToken, TimeSpan lifetime, string scope, DateTimeOffset receivedAt)
        {
            AccessToken = accessToken ?? throw new ArgumentNullException(nameof(accessToken));
            RefreshToken = refreshToken;
            Lifetime = lifetime;
            Scope = scope;
            ReceivedAt = receivedAt;
        }

        public SecretText AccessToken { get; }
        public SecretText RefreshToken { get; }
        public TimeSpan Lifetime { get; }
        public string Scope { get; }
        public DateTimeOffset ReceivedAt { get; }

        public AccessToken ToAccessToken() => new AccessToken(AccessToken, ReceivedAt + Lifetime, Lifetime);

        public override string ToString() => "OAuth grant (expires in " + (int)Lifetime.TotalSeconds + " s"
            + (RefreshToken != null ? ", with refresh token" : string.Empty) + ")";
    }
}
