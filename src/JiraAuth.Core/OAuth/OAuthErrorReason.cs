namespace JiraAuth.Core.OAuth
{
    /// <summary>Why a token endpoint said no, reduced to what the admin must do differently.</summary>
    public enum OAuthErrorReason
    {
        /// <summary>invalid_grant or unauthorized_client: consent withdrawn or expired, or a rotated refresh token was reused.</summary>
        ConsentRequired,

        /// <summary>access_denied or invalid_client at the token endpoint: the client id or secret is wrong.</summary>
        ClientRejected,

        /// <summary>invalid_scope: a requested scope is not configured for the app or credential.</summary>
        ScopeNotAllowed,

        /// <summary>The person declined consent in the browser (access_denied on the redirect).</summary>
        ConsentDeclined,

        /// <summary>The token endpoint failed or answered something unreadable.</summary>
        ServerError,

        /// <summary>Anything else the endpoint reported.</summary>
        Other,
    }
}
