using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using JiraAuth.Core.Errors;

namespace JiraAuth.Core.Http
{
    /// <summary>
    /// Decides what of a request or response may be written to debug output. Header values are shown only for names on
    /// an allow-list of protocol and rate-limit headers; every other value (Authorization, cookies, anything custom a
    /// caller or proxy adds) becomes REDACTED, so a new header can never leak by default.
    /// </summary>
    internal static class HeaderRedactor
    {
        public const string Redacted = "REDACTED";

        private static readonly HashSet<string> Allowed = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Accept", "Accept-Encoding", "Content-Type", "Content-Length", "Content-Encoding", "User-Agent", "Date", "Server",
            "Retry-After", "RateLimit-Reason", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "X-RateLimit-NearLimit",
            "X-RateLimit-Reason", "X-RateLimit-Interval-Seconds", "X-RateLimit-FillRate", "Beta-Retry-After", "X-Beta-Retry-After",
            "X-Seraph-LoginReason", "X-Failure-Category", "X-Arequestid", "X-Atlassian-Token", "Cache-Control", "Vary", "Connection",
            "Transfer-Encoding", "X-Content-Type-Options",
        };

        public static IReadOnlyList<KeyValuePair<string, string>> Redact(IEnumerable<KeyValuePair<string, string>> headers)
        {
            if (headers == null) return Array.Empty<KeyValuePair<string, string>>();
            return headers.Select(h => new KeyValuePair<string, string>(h.Key, Show(h.Key, h.Value))).ToList();
        }

        public static string Show(string name, string value)
        {
            if (string.Equals(name, "Location", StringComparison.OrdinalIgnoreCase))
            {
                return Uri.TryCreate(value, UriKind.RelativeOrAbsolute, out var location) ? DescribeTarget(location) : Redacted;
            }
            return Allowed.Contains(name) ? value : Redacted;
        }

        /// <summary>Path and the names of query parameters, never their values nor user info: /rest/api/3/search/jql?jql=…&amp;fields=…</summary>
        public static string DescribeTarget(Uri uri)
        {
            if (uri == null) return "(none)";
            var path = SafeUri.Describe(uri);
            var query = uri.IsAbsoluteUri ? uri.Query : QueryOf(uri.OriginalString);
            if (string.IsNullOrEmpty(query) || query == "?") return path;
            var names = query.TrimStart('?').Split('&').Where(p => p.Length > 0).Select(p =>
            {
                var eq = p.IndexOf('=');
                return Uri.UnescapeDataString(eq < 0 ? p : p.Substring(0, eq)) + "=…";
            });
            return new StringBuilder(path).Append('?').Append(string.Join("&", names)).ToString();
        }

        private static string QueryOf(string text)
        {
            var start = text.IndexOf('?');
            if (start < 0) return null;
            var end = text.IndexOf('#', start);
            return end < 0 ? text.Substring(start) : text.Substring(start, end - start);
        }
    }
}
