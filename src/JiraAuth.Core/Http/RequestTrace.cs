using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using JiraAuth.Core.Errors;

namespace JiraAuth.Core.Http
{
    /// <summary>
    /// What one attempt did, for -Verbose (one line: method, path with query names but no values, status, elapsed,
    /// retry and rate-limit state) and -Debug (plus headers, where only allow-listed values are shown).
    /// </summary>
    internal sealed class RequestTrace
    {
        internal RequestTrace(string method, Uri requestUri, int attempt, int? statusCode, string failure, TimeSpan elapsed,
            RateLimitInfo rateLimit, IEnumerable<KeyValuePair<string, string>> requestHeaders, IEnumerable<KeyValuePair<string, string>> responseHeaders)
        {
            Method = method;
            Target = HeaderRedactor.DescribeTarget(requestUri);
            Attempt = attempt;
            StatusCode = statusCode;
            Failure = failure;
            Elapsed = elapsed;
            RateLimit = rateLimit ?? RateLimitInfo.None;
            RequestHeaders = HeaderRedactor.Redact(requestHeaders);
            ResponseHeaders = HeaderRedactor.Redact(responseHeaders);
        }

        public string Method { get; }

        /// <summary>Path plus query parameter names, values left out (they may hold JQL with personal data or tokens).</summary>
        public string Target { get; }

        public int Attempt { get; }
        public int? StatusCode { get; }

        /// <summary>Why no answer came (a transport failure or timeout), already free of secrets; null when answered.</summary>
        public string Failure { get; }

        public TimeSpan Elapsed { get; }
        public RateLimitInfo RateLimit { get; }
        public IReadOnlyList<KeyValuePair<string, string>> RequestHeaders { get; }
        public IReadOnlyList<KeyValuePair<string, string>> ResponseHeaders { get; }

        /// <summary>Set when the governor held the request back before sending.</summary>
        internal ThrottleWait WaitedBefore { get; set; }

        /// <summary>Set when the client will try again: how long it waits and why.</summary>
        public TimeSpan? RetryIn { get; set; }
        public string RetryReason { get; set; }

        public string ToVerboseLine()
        {
            var text = new StringBuilder();
            text.Append(Method).Append(' ').Append(Target).Append(" -> ");
            text.Append(StatusCode.HasValue ? StatusCode.Value.ToString(CultureInfo.InvariantCulture) : "no answer (" + Failure + ")");
            text.Append(" in ").Append(((long)Elapsed.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)).Append(" ms");
            if (Attempt > 1) text.Append(", attempt ").Append(Attempt.ToString(CultureInfo.InvariantCulture));
            if (WaitedBefore != null
                && !WaitedBefore.IsNone) text.Append(", held ").Append(Seconds(WaitedBefore.Delay)).Append(" s: ").Append(WaitedBefore.Reason);
            var limits = RateLimitSummary();
            if (limits.Length > 0) text.Append(", rate limit: ").Append(limits);
            if (RetryIn.HasValue) text.Append(", retrying in ").Append(Seconds(RetryIn.Value)).Append(" s (").Append(RetryReason).Append(')');
            return text.ToString();
        }

        public string ToDebugText()
        {
            var text = new StringBuilder(ToVerboseLine());
            foreach (var header in RequestHeaders) text.Append("\n  > ").Append(header.Key).Append(": ").Append(header.Value);
            foreach (var header in ResponseHeaders) text.Append("\n  < ").Append(header.Key).Append(": ").Append(header.Value);
            return text.ToString();
        }

        public override string ToString() => ToVerboseLine();

        private string RateLimitSummary()
        {
            var parts = new List<string>();
            if (RateLimit.Reason != null) parts.Add(RateLimit.Reason);
            if (RateLimit.Remaining.HasValue) parts.Add("remaining " + RateLimit.Remaining.Value.ToString(CultureInfo.InvariantCulture));
            if (RateLimit.NearLimit) parts.Add("near limit");
            if (RateLimit.RetryAfter.HasValue) parts.Add("Retry-After " + Seconds(RateLimit.RetryAfter.Value) + " s");
            if (RateLimit.ResetAt.HasValue) parts.Add("resets "
                + RateLimit.ResetAt.Value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            return string.Join(", ", parts);
        }

        private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
    }
}
