namespace JiraAuth.Core.Diagnosis
{
    /// <summary>Why a credential does or does not work, as decided from /myself.</summary>
    public enum TokenStatus
    {
        Valid,
        InvalidOrExpired,
        CaptchaRequired,
        ScopedTokenSentToSite,
        ClassicTokenSentToGateway,
        ScopeMissing,
        PasswordNotAccepted,
        Forbidden,
        AnonymousAccess,
        SiteNotFound,
        RateLimited,
        NetworkError,
        Timeout,
        TlsError,
        ServerError,
        UnexpectedResponse,

        /// <summary>OAuth: the refresh token or consent is gone (invalid_grant, unauthorized_client): sign in again once.</summary>
        OAuthConsentRequired,

        /// <summary>OAuth: the token endpoint rejected the client id or secret (access_denied, invalid_client).</summary>
        OAuthClientRejected,

        /// <summary>OAuth: a requested scope is not allowed for the app or credential (invalid_scope).</summary>
        OAuthScopeNotAllowed,

        /// <summary>OAuth: the newest refresh token is not readable (another process could not save it, or the vault lags).</summary>
        OAuthRefreshTokenUnavailable,
    }
}
