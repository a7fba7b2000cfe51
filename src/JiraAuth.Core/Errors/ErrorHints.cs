using System;
using System.Globalization;
using System.Linq;
using JiraAuth.Core.Diagnosis;
using JiraAuth.Core.Http;

namespace JiraAuth.Core.Errors
{
    /// <summary>
    /// One sentence per failure telling the user what to do next, chosen by status and the signals Jira adds: rate-limit headers
    /// (https://developer.atlassian.com/cloud/jira/platform/rate-limiting/) and authentication headers
    /// (https://developer.atlassian.com/server/jira/platform/jira-rest-api-example-basic-authentication-6291732/).
    /// </summary>
    internal static class ErrorHints
    {
        /// <param name="remedy">What to do that takes the host's own commands (checking the credential), worded by the host; null otherwise.</param>
        public static string For(JiraResponse response, DecodedErrorBody body, RateLimitInfo rateLimit, DateTimeOffset now, out Remedy remedy)
        {
            remedy = null;
            var status = response.StatusCode;
            var signals = AuthSignals.Read(response, body.Messages);
            if ((status == 401 || status == 403) && signals.IsCaptchaLockout)
            {
                return "Jira stopped checking this account's password after failed logins; sign in once in a browser to clear the CAPTCHA, then try again.";
            }
            switch (status)
            {
                case 400:
                    return body.FieldErrors.Count > 0
                        ? "Jira rejected the request; check the request body or JQL, starting with the fields listed."
                        : "Jira rejected the request; check the request body, parameters or JQL.";
                case 401:
                    if (signals.IsScopeMismatch) return "The scoped token lacks a scope this endpoint needs; add it to the token (or create a token with it).";
                    if (signals.IsPasswordRejected) return "Jira Cloud no longer accepts passwords; use an API token with your e-mail address instead.";
                    remedy = new Remedy(RemedyKind.CheckCredential);
                    return "The credentials are invalid or expired.";
                case 403:
                    return "You are signed in but lack permission for this action; ask a Jira administrator for it.";
                case 404:
                    return "It does not exist or you cannot see it: Jira answers 404 for both, so check the key and your permissions.";
                case 405:
                    return "This endpoint does not accept " + response.Method?.Method + "; check the method and the API path.";
                case 409:
                    return "The request conflicts with the current state of the resource; reload it and try again.";
                case 410:
                    return IsSearch(response, body)
                        ? "The API was removed; use /rest/api/3/search/jql instead."
                        : "The API was removed; Jira's message names its replacement.";
                case 413:
                    return "The request is too large; send less data per request.";
                case 415:
                    return "Jira does not accept that Content-Type; send JSON with Content-Type: application/json.";
                case 429:
                    return RateLimitedHint(rateLimit, now);
            }
            if (status >= 500 && status < 600) return "This is a problem on Jira's side; try again later.";
            return null;
        }

        private static bool MentionsAny(DecodedErrorBody body, string phrase) =>
            body.Messages.Any(m => m.IndexOf(phrase, StringComparison.OrdinalIgnoreCase) >= 0);

        private static bool IsSearch(JiraResponse response, DecodedErrorBody body)
        {
            var path = response.RequestUri?.IsAbsoluteUri == true ? response.RequestUri.AbsolutePath : response.RequestUri?.OriginalString ?? string.Empty;
            return path.TrimEnd('/').EndsWith("/search", StringComparison.OrdinalIgnoreCase)
                || MentionsAny(body, "/search/jql");
        }

        private static string RateLimitedHint(RateLimitInfo rateLimit, DateTimeOffset now)
        {
            if (rateLimit.RetryAfter != null && rateLimit.RetryAfter.Value >= RateLimitHeaders.LongestWait)
            {
                return "Jira is rate limiting these requests and asked to wait a day or more; try again tomorrow, and spread scheduled jobs out.";
            }
            if (rateLimit.RetryAfter != null)
            {
                var seconds = Math.Max(1, (long)Math.Ceiling(rateLimit.RetryAfter.Value.TotalSeconds));
                var resets = rateLimit.ResetAt ?? now + rateLimit.RetryAfter.Value;
                return "Jira is rate limiting these requests; wait " + seconds.ToString(CultureInfo.InvariantCulture)
                    + " seconds before trying again (the limit resets at " + UtcText.Of(resets) + ").";
            }
            if (rateLimit.ResetAt != null)
            {
                return "Jira is rate limiting these requests; the limit resets at " + UtcText.Of(rateLimit.ResetAt.Value)
                    + ": wait until then before trying again.";
            }
            return "Jira is rate limiting these requests; wait a while and retry with growing delays.";
        }

    }
}
