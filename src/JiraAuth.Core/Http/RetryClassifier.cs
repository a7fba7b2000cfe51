using System;
using System.Net.Http;

namespace JiraAuth.Core.Http
{
    /// <summary>Which failures may be tried again. 400/401/403/404 never are: a repeated failed login leads to a CAPTCHA lockout.</summary>
    internal static class RetryClassifier
    {
        public static bool IsIdempotent(HttpMethod method)
        {
            var m = method.Method.ToUpperInvariant();
            return m == "GET" || m == "HEAD" || m == "OPTIONS" || m == "PUT" || m == "DELETE" || m == "TRACE";
        }

        /// <summary>
        /// 429 may be retried for every method because Jira refuses the request before doing any work (the handler
        /// still requires Retry-After for a POST, as Atlassian advises); other 5xx only for idempotent methods, since a
        /// POST may have taken effect before the error.
        /// </summary>
        public static bool IsRetryableStatus(int status, HttpMethod method)
        {
            if (status == 429) return true;
            if (!IsIdempotent(method)) return false;
            return status == 500 || status == 502 || status == 503 || status == 504;
        }

        public static bool IsRetryableTransportFailure(Exception error, HttpMethod method) =>
            IsIdempotent(method) && !(error is RedirectRefusedException) && (error is HttpRequestException || error is TimeoutException);
    }
}
