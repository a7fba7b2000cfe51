using System.Collections.Generic;
using JiraAuth.Core.OAuth;

namespace JiraAuth.Core.Diagnosis
{
    /// <summary>One sentence per reason telling the admin what to do, grounded in Atlassian's documented behaviour.</summary>
    internal static class RemedyCatalog
    {
        private static readonly Dictionary<TokenStatus, string> Remedies = new Dictionary<TokenStatus, string>
        {
            [TokenStatus.Valid] = string.Empty,
            [TokenStatus.InvalidOrExpired] = "Create a new API token at https://id.atlassian.com/manage-profile/security/api-tokens (tokens expire after at "
                + "most a year) and check that the e-mail is the Atlassian account's, then connect again.",
            [TokenStatus.CaptchaRequired] = "Jira locked logins for this account after repeated failures: sign in once in a browser and solve the CAPTCHA, "
                + "then connect again with a correct token.",
            [TokenStatus.ScopedTokenSentToSite] = "This is a scoped API token, which works only through api.atlassian.com: connect with -AuthMode "
                + "ScopedApiToken (or Auto).",
            [TokenStatus.ClassicTokenSentToGateway] = "This is a classic (unscoped) API token, which works only at the site: connect with -AuthMode ApiToken "
                + "(or Auto).",
            [TokenStatus.ScopeMissing] = "The scoped token lacks a scope this call needs (for /myself: read:jira-user or read:user:jira); create a token with "
                + "the scopes your scripts use.",
            [TokenStatus.PasswordNotAccepted] = "Jira Cloud no longer accepts account passwords for the REST API: create an API token at "
                + "https://id.atlassian.com/manage-profile/security/api-tokens and use it instead.",
            [TokenStatus.Forbidden] = "The account authenticated but may not use this site: ask a Jira administrator to grant it product access (or the needed "
                + "permission).",
            [TokenStatus.AnonymousAccess] = "Jira treated the request as anonymous: the token may have expired (renew it) or a proxy in between strips the "
                + "Authorization header.",
            [TokenStatus.SiteNotFound] = "Check the site name (for Cloud: https://<name>.atlassian.net) and, for scoped tokens, the cloudId; Get-JiraCloudId "
                + "shows the site's cloudId.",
            [TokenStatus.RateLimited] = "Jira is rate limiting this account or site: wait for the time it gave (Retry-After) and try again; spread scheduled "
                + "jobs across the hour.",
            [TokenStatus.NetworkError] = "Jira could not be reached: check DNS, the proxy settings and the firewall between this machine and the site.",
            [TokenStatus.Timeout] = "Jira did not answer in time: check the network path or raise -TimeoutSec.",
            [TokenStatus.TlsError] = "The TLS connection failed: check the server certificate (an intercepting proxy needs its CA trusted on this machine), "
                + "the system clock, and on Windows PowerShell 5.1 that TLS 1.2 is enabled.",
            [TokenStatus.ServerError] = "Jira had a server-side error: try again later and check https://status.atlassian.com (or the Data Center "
                + "server's logs).",
            [TokenStatus.UnexpectedResponse] = "The address answered, but not like Jira: check that the site URL (and any context path such as "
                + "/jira) is right.",
            // Connections name their exact sign-in command instead; this is the general form.
            [TokenStatus.OAuthConsentRequired] = "The sign-in is no longer valid (consent withdrawn, password changed, 90 days unused, a year since consent, "
                + "or a reused refresh token): run Connect-JiraCloud with -ClientId, -ClientSecret, -Scope and -Save once in an interactive PowerShell.",
            [TokenStatus.OAuthClientRejected] = OAuthErrorCatalog.RemedyFor(OAuthErrorReason.ClientRejected, false),
            [TokenStatus.OAuthScopeNotAllowed] = OAuthErrorCatalog.RemedyFor(OAuthErrorReason.ScopeNotAllowed, false),
            [TokenStatus.OAuthRefreshTokenUnavailable] = "Another process holds the newest refresh token but could not save it, or the vault lags behind: fix "
                + "the vault problem, or sign in again once.",
        };

        public static string For(TokenStatus status) => Remedies.TryGetValue(status, out var remedy) ? remedy : string.Empty;
    }
}
