using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace JiraAuth.Core.Http
{
    /// <summary>
    /// The one place that decides whether a response is an error and whether a failure may be tried again; the retry
    /// stage and the error decoding both ask it, so they can never disagree. 400/401/403/404 are never retried: a
    /// repeated failed login leads to a CAPTCHA lockout, and the others would fail the same way again.
    /// </summary>
    internal static class ResponseClassifier
    {
        /// <summary>Methods that do the same thing however often they arrive, so a lost answer may be asked for again.</summary>
        public static bool IsIdempotent(HttpMethod method)
        {
            var m = method.Method.ToUpperInvariant();
            return m == "GET" || m == "HEAD" || m == "OPTIONS" || m == "PUT" || m == "DELETE" || m == "TRACE";
        }

        /// <summary>Methods that change data (for Jira's per-issue write limit).</summary>
        public static bool IsWrite(HttpMethod method)
        {
            var m = method.Method.ToUpperInvariant();
            return m != "GET" && m != "HEAD" && m != "OPTIONS" && m != "TRACE";
        }

        /// <summary>Any status outside 2xx, and a 2xx that Jira answered anonymously because it refused the credential.</summary>
        public static bool IsError(int status, string seraphLoginReason) =>
            status < 200 || status >= 300 || IsAnonymousAfterFailedLogin(status, seraphLoginReason);

        /// <summary>Jira answers some endpoints anonymously when the credential fails: the data would silently be incomplete.</summary>
        public static bool IsAnonymousAfterFailedLogin(int status, string seraphLoginReason) =>
            status >= 200 && status < 300 && SeraphLoginReason.IsLoginFailure(seraphLoginReason);

        /// <summary>429 and 503: the server says it is busy, with Retry-After or rate-limit headers telling how long.</summary>
        public static bool IsThrottled(int status) => status == 429 || status == 503;

        /// <summary>
        /// 429 may be retried for every method because Jira refuses the request before doing any work; other 5xx only
        /// for idempotent methods, since a POST may have taken effect before the error.
        /// </summary>
        public static bool IsRetriableStatus(int status, HttpMethod method) => IsRetriableStatus(status, IsIdempotent(method));

        /// <param name="idempotent">The method is idempotent, or the request is marked safe to repeat (<see cref="RepeatRule.LikeIdempotent"/>).</param>
        public static bool IsRetriableStatus(int status, bool idempotent)
        {
            if (status == 429) return true;
            if (!idempotent) return false;
            return status == 500 || status == 502 || status == 503 || status == 504;
        }

        /// <summary>
        /// A failure on the wire (refused, reset, stalled, timed out) for an idempotent method. A request that could not
        /// even be written (a header .NET refuses, for example) fails the same way every time, so it is not retried:
        /// such an HttpRequestException carries no socket or I/O error inside.
        /// </summary>
        public static bool IsRetriableException(Exception error, HttpMethod method) => IsRetriableException(error, IsIdempotent(method));

        public static bool IsRetriableException(Exception error, bool idempotent) =>
            idempotent && !(error is RedirectRefusedException) && IsTransportFailure(error);

        public static bool IsTransportFailure(Exception error)
        {
            if (error is TimeoutException) return true;
            if (error is RedirectRefusedException) return false;
            if (!(error is HttpRequestException) && !(error is IOException)) return false;
            for (var e = error; e != null; e = e.InnerException)
            {
                if (e is SocketException || e is IOException || e is WebException) return true;
            }
            return false;
        }
    }
}
