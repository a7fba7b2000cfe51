using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Http;

namespace JiraAuth.Core.OAuth
{
    /// <summary>
    /// A connection's OAuth side: where tokens come from (client credentials, or a refresh-token rotation) and the one
    /// cached access token every request of the connection shares. Errors carry a remedy for this kind of connection.
    /// </summary>
    internal sealed class OAuthSession : IAccessTokenSource, IDisposable
    {
        private readonly AccessTokenCache _cache;

        private OAuthSession(AuthMode mode, OAuthTokenClient client, IReadOnlyList<string> scopes, RefreshTokenRotation rotation, string signInCommand)
        {
            Mode = mode;
            TokenClient = client ?? throw new ArgumentNullException(nameof(client));
            Scopes = scopes?.ToArray() ?? new string[0];
            Rotation = rotation;
            SignInCommand = signInCommand;
            _cache = new AccessTokenCache(FetchAsync);
        }

        /// <summary>A service account: a new access token from the client id and secret whenever the old one ends.</summary>
        public static OAuthSession ForClientCredentials(OAuthTokenClient client, IReadOnlyList<string> scopes) =>
            new OAuthSession(AuthMode.OAuthClientCredentials, client, scopes, null, null);

        /// <summary>3LO: access tokens from the rotating refresh token; <paramref name="signInGrant"/> (if any) serves until it ends.</summary>
        public static OAuthSession ForUser(OAuthTokenClient client, IReadOnlyList<string> scopes, RefreshTokenRotation rotation, OAuthGrant signInGrant,
            string signInCommand)
        {
            if (rotation == null) throw new ArgumentNullException(nameof(rotation));
            var session = new OAuthSession(AuthMode.OAuth3LO, client, scopes, rotation, signInCommand);
            if (signInGrant != null) session._cache.Seed(signInGrant.ToAccessToken());
            return session;
        }

        public AuthMode Mode { get; }
        public OAuthTokenClient TokenClient { get; }
        public string ClientId => TokenClient.Client.ClientId;
        public IReadOnlyList<string> Scopes { get; }

        /// <summary>null for service accounts (nothing rotates).</summary>
        public RefreshTokenRotation Rotation { get; }

        /// <summary>The interactive command that signs in again (3LO), named in errors that need it.</summary>
        public string SignInCommand { get; }

        /// <summary>Access tokens fetched so far (client-credentials grants or refreshes, not the sign-in's own).</summary>
        public int FetchCount => _cache.FetchCount;

        public async Task<AccessToken> GetAsync(CancellationToken cancellationToken)
        {
            try
            {
                return await _cache.GetAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OAuthTokenException e)
            {
                throw e.WithRemedy(OAuthErrorCatalog.RemedyFor(e.Reason, Mode == AuthMode.OAuthClientCredentials, SignInCommand));
            }
        }

        public void Invalidate(AccessToken rejected) => _cache.Invalidate(rejected);

        public void Dispose()
        {
            TokenClient.Dispose();
            Rotation?.Dispose();
        }

        private async Task<AccessToken> FetchAsync(CancellationToken cancellationToken)
        {
            if (Rotation == null) return (await TokenClient.ClientCredentialsAsync(Scopes, cancellationToken).ConfigureAwait(false)).ToAccessToken();
            var grant = await Rotation.RefreshAsync((token, ct) => TokenClient.RefreshAsync(token, ct), cancellationToken).ConfigureAwait(false);
            return grant.ToAccessToken();
        }

        public override string ToString() => Mode + " session for client " + ClientId;
    }
}
