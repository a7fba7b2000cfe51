using System;
using System.Text;

namespace JiraAuth.Core.Http
{
    /// <summary>
    /// What a rate limit applies to, read from a request path: the endpoint (Jira's burst buckets are per endpoint and
    /// method, so ids and keys are folded into '{}'), and the issue a write touches (for the per-issue write limit).
    /// </summary>
    internal static class RateLimitScope
    {
        /// <summary>e.g. "GET /rest/api/{}/issue/{}" for GET /rest/api/3/issue/ABC-1?fields=x.</summary>
        public static string Endpoint(string method, Uri uri)
        {
            var text = new StringBuilder(method.ToUpperInvariant()).Append(' ');
            foreach (var segment in uri.AbsolutePath.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries))
            {
                text.Append('/').Append(HasDigit(segment) ? "{}" : segment.ToLowerInvariant());
            }
            return text.ToString();
        }

        /// <summary>The key or id after ".../issue/" (ABC-1, 10001), upper-cased; null when the path names no issue.</summary>
        public static string Issue(Uri uri)
        {
            var segments = uri.AbsolutePath.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < segments.Length - 1; i++)
            {
                if (string.Equals(segments[i], "issue", StringComparison.OrdinalIgnoreCase) && HasDigit(segments[i + 1]))
                {
                    return Uri.UnescapeDataString(segments[i + 1]).ToUpperInvariant();
                }
            }
            return null;
        }

        private static bool HasDigit(string segment)
        {
            foreach (var c in segment)
            {
                if (c >= '0' && c <= '9') return true;
            }
            return false;
        }
    }
}
