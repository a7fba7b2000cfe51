using System;
using System.Linq;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Http;

namespace JiraAuth.Core.Diagnosis
{
    /// <summary>Reads one /myself response: status, X-Seraph-LoginReason, X-AUSERNAME, X-Failure-Category and the body
    /// (https://developer.atlassian.com/server/jira/platform/jira-rest-api-example-basic-authentication-6291732/).</summary>
    internal static class MyselfResponseClassifier
    {
        public static ProbeOutcome Classify(JiraResponse response)
        {
            var status = response.StatusCode;
            var decoded = response.IsSuccess ? null : JiraErrorDecoder.Decode(response);
            var signals = AuthSignals.Read(response, decoded?.AllMessages);
            var detail = Detail(response, signals);

            if (signals.IsCaptchaLockout)
            {
                return new ProbeOutcome(TokenStatus.CaptchaRequired,
                    "Jira refused to check the credential because of a CAPTCHA lockout (X-Seraph-LoginReason: AUTHENTICATION_DENIED).", status, detail: detail);
            }

            if (response.IsSuccess)
            {
                if (signals.IsLoginFailed)
                {
                    return new ProbeOutcome(TokenStatus.InvalidOrExpired,
                        "Jira did not accept the credential and answered anonymously (X-Seraph-LoginReason: AUTHENTICATED_FAILED).", status, detail: detail);
                }
                var account = response.IsJson ? JiraAccount.FromMyself(response.Json) : null;
                if (signals.IsAnonymous || account == null && TextExcerpt.LooksLikeHtml(response.ContentType, response.BodyText))
                {
                    return new ProbeOutcome(TokenStatus.AnonymousAccess,
                        "Jira answered /myself as an anonymous user (a login page or X-AUSERNAME: anonymous) instead of as the credential's account.", status,
                        detail: detail);
                }
                if (account == null)
                {
                    return new ProbeOutcome(TokenStatus.UnexpectedResponse, $"The server answered /myself with HTTP {status} but not with a Jira user.", status,
                        detail: detail);
                }
                return new ProbeOutcome(TokenStatus.Valid, $"The credential works: Jira knows it as {account}.", status, account);
            }

            var messages = string.Join(" ", decoded.AllMessages);
            switch (status)
            {
                case 401:
                    if (signals.IsScopeMismatch)
                    {
                        return new ProbeOutcome(TokenStatus.ScopeMissing,
                            "The gateway accepted the scoped token but it lacks a scope /myself needs (\"scope does not match\").", status, detail: detail);
                    }
                    if (signals.IsPasswordRejected)
                    {
                        return new ProbeOutcome(TokenStatus.PasswordNotAccepted,
                            "Jira Cloud rejected an account password: it accepts only API tokens for Basic authentication.", status, detail: detail);
                    }
                    return new ProbeOutcome(TokenStatus.InvalidOrExpired,
                        "Jira rejected the credential (HTTP 401): the token is wrong, expired or revoked, or belongs to another e-mail.", status,
                        detail: detail);
                case 403:
                    return new ProbeOutcome(TokenStatus.Forbidden, "The credential authenticated, but the account may not use this site (HTTP 403)"
                        + (messages.Length > 0 ? ": " + messages : "."), status, detail: detail);
                case 404:
                    return new ProbeOutcome(TokenStatus.SiteNotFound,
                        "There is no Jira REST API at this address (HTTP 404): the site name, context path or cloudId is wrong.", status, detail: detail);
                case 429:
                    return new ProbeOutcome(TokenStatus.RateLimited, "Jira rate limited the check (HTTP 429)" + RetryAfterText(decoded.RateLimit), status,
                        detail: detail);
                default:
                    if (status >= 500)
                    {
                        return new ProbeOutcome(TokenStatus.ServerError, $"Jira answered with a server error (HTTP {status}).", status, detail: detail);
                    }
                    return new ProbeOutcome(TokenStatus.UnexpectedResponse, $"Jira answered /myself with HTTP {status}.", status, detail: detail);
            }
        }

        private static string RetryAfterText(RateLimitInfo rateLimit) =>
            rateLimit.RetryAfter.HasValue ? $"; it asks to wait {rateLimit.RetryAfter.Value.TotalSeconds:0} s." : ".";

        private static string Detail(JiraResponse response, AuthSignals signals)
        {
            var parts = $"HTTP {response.StatusCode} from {response.Method} {SafeUri.Describe(response.RequestUri)}";
            if (signals.LoginReason.Length > 0) parts += "; " + SeraphLoginReason.HeaderName + ": " + signals.LoginReason;
            if (signals.FailureCategory != null) parts += "; " + AuthSignals.FailureCategoryHeader + ": " + signals.FailureCategory;
            return parts;
        }
    }
}
