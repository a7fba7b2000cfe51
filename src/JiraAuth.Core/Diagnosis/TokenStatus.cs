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
    }
}
