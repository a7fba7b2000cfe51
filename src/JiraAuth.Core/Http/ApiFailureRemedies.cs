using System;
using System.Linq;
using JiraAuth.Core.Errors;

namespace JiraAuth.Core.Http
{
    /// <summary>
    /// What to do about a failed REST call, chosen by status and the signals Jira adds: rate-limit headers
    /// (https://developer.atlassian.com/cloud/jira/platform/rate-limiting/) and authentication headers
    /// (https://developer.atlassian.com/server/jira/platform/jira-rest-api-example-basic-authentication-6291732/).
    /// The host words each kind.
    /// </summary>
    internal static class ApiFailureRemedies
    {
        /// <returns>The remedy, or null when the status calls for no particular advice.</returns>
        public static Remedy For(JiraResponse response, DecodedErrorBody body, RateLimitInfo rateLimit, DateTimeOffset now)
        {
            var status = response.StatusCode;
            var signals = AuthSignals.Read(response, body.Messages);
            if ((status == 401 || status == 403) && signals.IsCaptchaLockout) return new Remedy(RemedyKind.ClearCaptchaThenRetry);
            switch (status)
            {
                case 400:
                    return new Remedy(body.FieldErrors.Count > 0 ? RemedyKind.FixRequestFields : RemedyKind.FixRequest);
                case 401:
                    if (signals.IsScopeMismatch) return new Remedy(RemedyKind.AddScopeToToken);
                    return new Remedy(signals.IsPasswordRejected ? RemedyKind.UseApiTokenWithEmail : RemedyKind.CheckCredential);
                case 403:
                    return new Remedy(RemedyKind.AskForPermission);
                case 404:
                    return new Remedy(RemedyKind.CheckKeyAndPermissions);
                case 405:
                    return Remedy.CheckMethodAndPath(response.Method?.Method);
                case 409:
                    return new Remedy(RemedyKind.ReloadAndRetry);
                case 410:
                    return new Remedy(IsSearch(response, body) ? RemedyKind.UseSearchJql : RemedyKind.UseReplacementApi);
                case 413:
                    return new Remedy(RemedyKind.SendLessData);
                case 415:
                    return new Remedy(RemedyKind.SendJson);
                case 429:
                    return RateLimited(rateLimit, now);
            }
            return status >= 500 && status < 600 ? new Remedy(RemedyKind.RetryJiraSideLater) : null;
        }

        private static bool MentionsAny(DecodedErrorBody body, string phrase) =>
            body.Messages.Any(m => m.IndexOf(phrase, StringComparison.OrdinalIgnoreCase) >= 0);

        private static bool IsSearch(JiraResponse response, DecodedErrorBody body)
        {
            var path = response.RequestUri?.IsAbsoluteUri == true ? response.RequestUri.AbsolutePath : response.RequestUri?.OriginalString ?? string.Empty;
            return path.TrimEnd('/').EndsWith("/search", StringComparison.OrdinalIgnoreCase)
                || MentionsAny(body, "/search/jql");
        }

        private static Remedy RateLimited(RateLimitInfo rateLimit, DateTimeOffset now)
        {
            if (rateLimit.RetryAfter is TimeSpan wait)
            {
                if (wait >= RateLimitHeaders.LongestWait) return new Remedy(RemedyKind.RateLimitedRetryTomorrow);
                // A Retry-After of 0 (or an HTTP-date just past) still means "not at once".
                var seconds = Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds));
                return Remedy.RateLimitedWaitSeconds(seconds, rateLimit.ResetAt ?? now + wait);
            }
            return rateLimit.ResetAt is DateTimeOffset resets ? Remedy.RateLimitedUntilReset(resets) : new Remedy(RemedyKind.RateLimitedBackOff);
        }
    }
}
