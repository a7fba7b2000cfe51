using System;
using JiraAuth.Core.Errors;

namespace JiraAuth.Core.OAuth
{
    /// <summary>
    /// Atlassian's token-endpoint errors (https://developer.atlassian.com/cloud/oauth/getting-started/refresh-tokens) mapped to
    /// reasons and remedy kinds (the host words them). access_denied means a bad
    /// client secret here; on the browser redirect the same code means the person declined, which is mapped elsewhere.
    /// </summary>
    internal static class OAuthErrorCatalog
    {
        public static OAuthErrorReason ReasonFor(string error, int statusCode)
        {
            switch ((error ?? string.Empty).Trim().ToLowerInvariant())
            {
                case "invalid_grant":
                case "unauthorized_client":
                    return OAuthErrorReason.ConsentRequired;
                case "access_denied":
                case "invalid_client":
                    return OAuthErrorReason.ClientRejected;
                case "invalid_scope":
                    return OAuthErrorReason.ScopeNotAllowed;
                case "":
                    return statusCode >= 500 ? OAuthErrorReason.ServerError : OAuthErrorReason.Other;
                default:
                    return OAuthErrorReason.Other;
            }
        }

        /// <summary>What to do about a token-endpoint refusal; the host words it.</summary>
        /// <param name="signInCommand">The interactive command that gets a new consent (the host's); the host uses a template when null.</param>
        public static Remedy RemedyFor(OAuthErrorReason reason, bool isServiceAccount, string signInCommand = null)
        {
            switch (reason)
            {
                case OAuthErrorReason.ConsentRequired:
                    return isServiceAccount
                        ? new Remedy(RemedyKind.OAuthRenewServiceAccountCredential)
                        : Remedy.OAuthSignInAgain(signInCommand);
                case OAuthErrorReason.ClientRejected:
                    return new Remedy(isServiceAccount ? RemedyKind.OAuthFixServiceAccountClient : RemedyKind.OAuthFixAppClient);
                case OAuthErrorReason.ScopeNotAllowed:
                    return new Remedy(isServiceAccount ? RemedyKind.OAuthServiceAccountScopes : RemedyKind.OAuthAppScopes);
                case OAuthErrorReason.ConsentDeclined:
                    return new Remedy(RemedyKind.OAuthAcceptConsent);
                case OAuthErrorReason.ServerError:
                    return new Remedy(RemedyKind.OAuthRetryLater);
                default:
                    return new Remedy(RemedyKind.OAuthCheckClient);
            }
        }

        public static string Describe(OAuthErrorReason reason)
        {
            switch (reason)
            {
                case OAuthErrorReason.ConsentRequired: return "The token endpoint no longer accepts the grant";
                case OAuthErrorReason.ClientRejected: return "The token endpoint rejected the client id or secret";
                case OAuthErrorReason.ScopeNotAllowed: return "The token endpoint rejected a requested scope";
                case OAuthErrorReason.ConsentDeclined: return "Consent was declined";
                case OAuthErrorReason.ServerError: return "The token endpoint failed";
                default: return "The token endpoint refused the request";
            }
        }

        internal static bool IsServerStatus(int status) => status >= 500 || status == 429;

        internal static string Sentence(string text) => string.IsNullOrEmpty(text) ? string.Empty : text.TrimEnd('.', ' ') + ".";

        internal static Exception Unreadable(int status, string bodyExcerpt) => new OAuthTokenException(
            status >= 500 ? OAuthErrorReason.ServerError : OAuthErrorReason.Other,
            "The token endpoint answered HTTP " + status + " with a body that is not an OAuth response"
                + (string.IsNullOrEmpty(bodyExcerpt) ? "." : ": " + bodyExcerpt),
            status >= 500 ? RemedyFor(OAuthErrorReason.ServerError, false) : new Remedy(RemedyKind.CheckAuthUri),
            status);
    }
}
