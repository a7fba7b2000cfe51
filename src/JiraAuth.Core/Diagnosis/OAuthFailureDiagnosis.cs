using System;
using JiraAuth.Core.OAuth;

namespace JiraAuth.Core.Diagnosis
{
    /// <summary>Token-endpoint and rotation failures as Test-JiraToken reasons, with the remedy the session chose.</summary>
    internal static class OAuthFailureDiagnosis
    {
        public static TokenDiagnosis From(Exception error)
        {
            if (error is StaleVaultException stale)
            {
                return new TokenDiagnosis { Reason = TokenStatus.OAuthRefreshTokenUnavailable, Message = stale.Message, Remedy = stale.Remedy };
            }
            var oauth = (OAuthTokenException)error;
            return new TokenDiagnosis
            {
                Reason = StatusFor(oauth.Reason),
                Message = oauth.Message,
                Remedy = oauth.Remedy,
                StatusCode = oauth.StatusCode,
                Detail = oauth.ErrorDescription,
            };
        }

        public static TokenStatus StatusFor(OAuthErrorReason reason)
        {
            switch (reason)
            {
                case OAuthErrorReason.ConsentRequired: return TokenStatus.OAuthConsentRequired;
                case OAuthErrorReason.ClientRejected: return TokenStatus.OAuthClientRejected;
                case OAuthErrorReason.ScopeNotAllowed: return TokenStatus.OAuthScopeNotAllowed;
                case OAuthErrorReason.ServerError: return TokenStatus.ServerError;
                default: return TokenStatus.UnexpectedResponse;
            }
        }
    }
}
