using System;
using System.Linq;


namespace JiraAuth.Core.Http
{
    /// <summary>Reads Jira's X-Seraph-LoginReason header, which may list several comma-separated values
    /// (https://docs.atlassian.com/atlassian-seraph/2.6.1-m1/apidocs/com/atlassian/seraph/auth/LoginReason.html).</summary>
    internal static class SeraphLoginReason
    {
        public const string HeaderName = "X-Seraph-LoginReason";
        public const string AuthenticatedFailed = "AUTHENTICATED_FAILED";
        public const string AuthenticationDenied = "AUTHENTICATION_DENIED";

        public static bool Has(string headerValue, string reason) =>
            !string.IsNullOrEmpty(headerValue) && headerValue.Split(',').Any(p => string.Equals(p.Trim(), reason, StringComparison.OrdinalIgnoreCase));

        /// <summary>The credential was refused (wrong, expired, or a CAPTCHA lockout), whatever the status code says.</summary>
        public static bool IsLoginFailure(string headerValue) => Has(headerValue, AuthenticatedFailed) || Has(headerValue, AuthenticationDenied);
    }
}
