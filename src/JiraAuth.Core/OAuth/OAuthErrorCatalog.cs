using System;

namespace JiraAuth.Core.OAuth
{
    /// <summary>
    /// Atlassian's token-endpoint errors (atlassian-facts §2d) mapped to reasons and remedies. access_denied means a bad
    /// client secret here; on the browser redirect the same code means the person declined, which is mapped elsewhere.
    /// </summary>
    public static class OAuthErrorCatalog
    {
        public const string SignInAgainCommand = "Connect-JiraCloud -ClientId <client id> -ClientSecret (Read-Host -AsSecureString 'Client secret') -Scope "
            + "<scopes> -Site <site> -Name <name> -Save";

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

        /// <param name="signInCommand">The interactive command that gets a new consent; a template when unknown.</param>
        public static string RemedyFor(OAuthErrorReason reason, bool isServiceAccount, string signInCommand = null)
        {
            switch (reason)
            {
                case OAuthErrorReason.ConsentRequired:
                    return isServiceAccount
                        ? "The service account's OAuth credential is no longer accepted (deleted, expired or its account deactivated): create a new credential "
                            + "under Atlassian Administration > Directory > Service accounts and connect with it."
                        : "The sign-in is no longer valid (consent withdrawn, password changed, 90 days unused, a year since consent, or a rotated refresh "
                            + "token was reused): sign in again once in an interactive PowerShell: " + (signInCommand ?? SignInAgainCommand);
                case OAuthErrorReason.ClientRejected:
                    return isServiceAccount
                        ? "The client id or secret is wrong: copy both from the service account's OAuth credential (Atlassian Administration > Directory > "
                            + "Service accounts) and connect again."
                        : "The client id or secret is wrong: copy both from the app's Settings page at https://developer.atlassian.com/console/myapps and "
                            + "connect again.";
                case OAuthErrorReason.ScopeNotAllowed:
                    return isServiceAccount
                        ? "A requested scope is not granted to this credential: pass only scopes the service account's OAuth credential has (-Scope), or add "
                            + "them to the credential."
                        : "A requested scope is not configured for the app: add it under Permissions at https://developer.atlassian.com/console/myapps, or "
                            + "pass only configured scopes with -Scope.";
                case OAuthErrorReason.ConsentDeclined:
                    return "Access was declined on the consent screen: run the command again and choose Accept (an administrator may have to approve the app "
                        + "for the site).";
                case OAuthErrorReason.ServerError:
                    return "Atlassian's sign-in service failed: try again later and check https://status.atlassian.com.";
                default:
                    return "Check the client id, secret and scopes, then connect again.";
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
            status >= 500 ? RemedyFor(OAuthErrorReason.ServerError, false)
                : "Check -AuthUri (and for Data Center the site address): it must point at the OAuth server.",
            status);
    }
}
