using System.Collections.Generic;
using JiraAuth.Core.Errors;

namespace JiraAuth.Core.Diagnosis
{
    /// <summary>
    /// What to do about each outcome of a credential check, grounded in Atlassian's documented behaviour; used when the
    /// diagnosis carries no remedy of its own. The host words each kind.
    /// </summary>
    internal static class TokenStatusRemedies
    {
        private static readonly Dictionary<TokenStatus, RemedyKind> ByStatus = new Dictionary<TokenStatus, RemedyKind>
        {
            [TokenStatus.InvalidOrExpired] = RemedyKind.CreateNewApiToken,
            [TokenStatus.CaptchaRequired] = RemedyKind.SolveCaptchaInBrowser,
            [TokenStatus.ScopedTokenSentToSite] = RemedyKind.UseScopedTokenMode,
            [TokenStatus.ClassicTokenSentToGateway] = RemedyKind.UseClassicTokenMode,
            [TokenStatus.ScopeMissing] = RemedyKind.CreateTokenWithScopes,
            [TokenStatus.PasswordNotAccepted] = RemedyKind.UseApiTokenInsteadOfPassword,
            [TokenStatus.Forbidden] = RemedyKind.AskForSiteAccess,
            [TokenStatus.AnonymousAccess] = RemedyKind.RenewTokenOrCheckProxy,
            [TokenStatus.SiteNotFound] = RemedyKind.CheckSiteNameOrCloudId,
            [TokenStatus.RateLimited] = RemedyKind.WaitForRetryAfter,
            [TokenStatus.NetworkError] = RemedyKind.CheckNetworkToSite,
            [TokenStatus.Timeout] = RemedyKind.CheckNetworkOrRaiseTimeout,
            [TokenStatus.TlsError] = RemedyKind.CheckTls,
            [TokenStatus.ServerError] = RemedyKind.RetryAfterServerError,
            [TokenStatus.UnexpectedResponse] = RemedyKind.CheckSiteAddress,
            [TokenStatus.OAuthConsentRequired] = RemedyKind.OAuthSignInAgainInteractively,
            [TokenStatus.OAuthClientRejected] = RemedyKind.OAuthFixAppClient,
            [TokenStatus.OAuthScopeNotAllowed] = RemedyKind.OAuthAppScopes,
            [TokenStatus.OAuthRefreshTokenUnavailable] = RemedyKind.OAuthFixVaultOrSignInAgain,
        };

        /// <summary>The remedy for <paramref name="status"/>; null for <see cref="TokenStatus.Valid"/>, which needs none.</summary>
        public static Remedy For(TokenStatus status) => ByStatus.TryGetValue(status, out var kind) ? new Remedy(kind) : null;
    }
}
