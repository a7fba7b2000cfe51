using System;
using System.Collections.Generic;
using System.Linq;

namespace JiraAuth.Core.Http
{
    /// <summary>
    /// The one reader of what Jira says about authentication beyond the status code: X-Seraph-LoginReason
    /// (https://docs.atlassian.com/atlassian-seraph/2.6.1-m1/apidocs/com/atlassian/seraph/auth/LoginReason.html),
    /// X-Authentication-Denied-Reason, X-AUSERNAME, X-Failure-Category and the tell-tale body texts. Used by the /myself
    /// diagnosis and by the remedies of failed API calls, so both name the same causes for the same signals.
    /// </summary>
    internal sealed class AuthSignals
    {
        public const string FailureCategoryHeader = "X-Failure-Category";
        public const string UserNameHeader = "X-AUSERNAME";
        public const string DeniedReasonHeader = "X-Authentication-Denied-Reason";
        public const string ScopeCheckFailure = "FAILURE_CLIENT_SCOPE_CHECK";

        private AuthSignals(string loginReason, string userName, string failureCategory, bool captcha, bool scope, bool password)
        {
            LoginReason = loginReason;
            UserName = userName;
            FailureCategory = failureCategory;
            IsCaptchaLockout = captcha;
            IsScopeMismatch = scope;
            IsPasswordRejected = password;
        }

        /// <summary>X-Seraph-LoginReason as sent; empty when absent.</summary>
        public string LoginReason { get; }

        /// <summary>X-AUSERNAME: the user Jira served the request as ("anonymous" when the credential was ignored).</summary>
        public string UserName { get; }

        public string FailureCategory { get; }

        /// <summary>Too many failed logins: Jira refuses to check the password until a CAPTCHA is solved in a browser.</summary>
        public bool IsCaptchaLockout { get; }

        /// <summary>Jira ignored the credential and served the request anonymously (X-Seraph-LoginReason: AUTHENTICATED_FAILED).</summary>
        public bool IsLoginFailed => SeraphLoginReason.Has(LoginReason, SeraphLoginReason.AuthenticatedFailed);

        public bool IsAnonymous => string.Equals(UserName, "anonymous", StringComparison.OrdinalIgnoreCase);

        /// <summary>The gateway accepted a scoped token that lacks a scope the endpoint needs.</summary>
        public bool IsScopeMismatch { get; }

        /// <summary>Jira Cloud refused an account password ("Basic authentication with passwords is deprecated").</summary>
        public bool IsPasswordRejected { get; }

        /// <param name="messages">Jira's decoded error messages, when the caller has them.</param>
        public static AuthSignals Read(JiraResponse response, IEnumerable<string> messages = null)
        {
            var loginReason = response.GetHeader(SeraphLoginReason.HeaderName) ?? string.Empty;
            var failureCategory = response.GetHeader(FailureCategoryHeader);
            var captcha = SeraphLoginReason.Has(loginReason, SeraphLoginReason.AuthenticationDenied)
                || Contains(response.GetHeader(DeniedReasonHeader), "CAPTCHA");
            messages = messages ?? Enumerable.Empty<string>();
            var list = messages.ToList();
            var scope = Contains(failureCategory, ScopeCheckFailure) || Mentions(response, list, "scope does not match");
            var password = Mentions(response, list, "passwords is deprecated");
            return new AuthSignals(loginReason, response.GetHeader(UserNameHeader), failureCategory, captcha, scope, password);
        }

        private static bool Mentions(JiraResponse response, IEnumerable<string> messages, string phrase) =>
            messages.Any(m => Contains(m, phrase)) || Contains(response.BodyText, phrase);

        private static bool Contains(string text, string part) => text != null && text.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
