using System;
using System.Collections.Generic;
using System.Globalization;

namespace JiraAuth.Core.Errors
{
    /// <summary>
    /// Reads Jira's rate-limit headers. Garbage values are ignored rather than thrown on: the headers only
    /// inform retry timing, and a malformed one must not turn a readable error into a parsing failure.
    /// </summary>
    internal static class RateLimitHeaders
    {
        // Jira Cloud documents ISO 8601 (2026-01-01T01:01:01Z); older pages show yyyy-MM-ddTHH:mmZ. Epoch seconds are deliberately not accepted.
        private static readonly string[] ResetFormats =
        {
            "yyyy-MM-dd'T'HH:mm:ssK",
            "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
            "yyyy-MM-dd'T'HH:mmK",
        };

        // An HTTP-date Retry-After further away than this is a broken clock or header, not a wait worth honouring literally.
        private static readonly TimeSpan LongestSensibleWait = TimeSpan.FromDays(1);

        public static RateLimitInfo Parse(IReadOnlyDictionary<string, string> headers) => Parse(headers, DateTimeOffset.UtcNow);

        /// <param name="now">The moment an HTTP-date Retry-After is measured from.</param>
        public static RateLimitInfo Parse(IReadOnlyDictionary<string, string> headers, DateTimeOffset now)
        {
            return new RateLimitInfo
            {
                RetryAfter = ParseRetryAfter(HeaderLookup.FindFirst(headers, "Retry-After"), now),
                Reason = HeaderLookup.FindFirst(headers, "RateLimit-Reason", "X-RateLimit-Reason"),
                Limit = ParseCount(HeaderLookup.FindFirst(headers, "X-RateLimit-Limit")),
                Remaining = ParseCount(HeaderLookup.FindFirst(headers, "X-RateLimit-Remaining")),
                ResetAt = ParseResetAt(HeaderLookup.FindFirst(headers, "X-RateLimit-Reset")),
                NearLimit = string.Equals(HeaderLookup.FindFirst(headers, "X-RateLimit-NearLimit"), "true", StringComparison.OrdinalIgnoreCase),
            };
        }

        internal static TimeSpan? ParseRetryAfter(string value, DateTimeOffset now)
        {
            if (value == null) return null;
            // Repeated headers arrive joined with ", "; for seconds the first value counts.
            var firstPart = value.Split(',')[0].Trim();
            if (long.TryParse(firstPart, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                return TimeSpan.FromSeconds(Math.Min(seconds, (long)LongestSensibleWait.TotalSeconds));
            }
            if (IsAllDigits(firstPart))
            {
                // Too large even for an Int64: "longer than any wait", not "no header" (which would mean retrying at once).
                return LongestSensibleWait;
            }
            if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            {
                var wait = date - now;
                if (wait < TimeSpan.Zero) return TimeSpan.Zero;
                return wait > LongestSensibleWait ? LongestSensibleWait : wait;
            }
            return null;
        }

        /// <summary>Waits this long or longer are reported instead of waited for.</summary>
        public static TimeSpan LongestWait => LongestSensibleWait;

        private static bool IsAllDigits(string text)
        {
            if (text.Length == 0) return false;
            foreach (var c in text)
            {
                if (c < '0' || c > '9') return false;
            }
            return true;
        }

        private static long? ParseCount(string value)
        {
            return value != null && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : (long?)null;
        }

        private static DateTimeOffset? ParseResetAt(string value)
        {
            if (value == null) return null;
            return DateTimeOffset.TryParseExact(value, ResetFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var reset)
                ? reset
                : (DateTimeOffset?)null;
        }
    }
}
