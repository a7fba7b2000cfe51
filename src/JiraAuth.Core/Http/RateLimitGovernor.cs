using System;
using System.Collections.Concurrent;

namespace JiraAuth.Core.Http
{
    /// <summary>
    /// Rate-limit state shared by every request to the same site in the process: all connections, runspaces and
    /// ForEach-Object -Parallel threads. Atlassian asks clients to share this state rather than let each thread
    /// discover the limit on its own (https://developer.atlassian.com/cloud/jira/platform/rate-limiting/).
    /// </summary>
    internal sealed class RateLimitGovernor
    {
        private readonly ConcurrentDictionary<string, SiteThrottle> _sites = new ConcurrentDictionary<string, SiteThrottle>(StringComparer.OrdinalIgnoreCase);

        /// <summary>The process-wide instance every connection uses unless a test supplies its own.</summary>
        public static RateLimitGovernor Shared { get; } = new RateLimitGovernor();

        /// <summary>How far apart requests go out while Jira reports X-RateLimit-NearLimit: true.</summary>
        public TimeSpan NearLimitSpacing { get; set; } = TimeSpan.FromMilliseconds(250);

        /// <summary>The state for the site (or gateway tenant) a request goes to: its API base without the REST path.</summary>
        internal SiteThrottle For(Uri apiBase)
        {
            if (apiBase == null) throw new ArgumentNullException(nameof(apiBase));
            var key = apiBase.GetLeftPart(UriPartial.Path).TrimEnd('/');
            return _sites.GetOrAdd(key, k => new SiteThrottle(k, this));
        }
    }
}
