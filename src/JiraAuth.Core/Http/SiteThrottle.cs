using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using JiraAuth.Core.Errors;

namespace JiraAuth.Core.Http
{
    /// <summary>
    /// One site's rate-limit state, dispatched on RateLimit-Reason as Atlassian advises
    /// (https://developer.atlassian.com/cloud/jira/platform/rate-limiting/): jira-burst-based
    /// slows that endpoint, jira-per-issue-on-write delays writes to that issue only, quota and unknown reasons pause
    /// the whole site until the reset; X-RateLimit-NearLimit spaces requests out before a 429 arrives.
    /// </summary>
    internal sealed class SiteThrottle
    {
        public const string BurstReason = "jira-burst-based";
        public const string PerIssueWriteReason = "jira-per-issue-on-write";
        private const int PurgeThreshold = 256;

        private readonly object _gate = new object();
        private readonly RateLimitGovernor _governor;
        private readonly Dictionary<string, DateTimeOffset> _endpoints = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        private readonly Dictionary<string, DateTimeOffset> _issues = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;
        private string _pauseReason;
        private bool _nearLimit;
        private DateTimeOffset _nextSlot = DateTimeOffset.MinValue;

        internal SiteThrottle(string site, RateLimitGovernor governor)
        {
            Site = site;
            _governor = governor;
        }

        public string Site { get; }

        /// <summary>True while the last answer from this site said less than 20% of the limit remains.</summary>
        public bool NearLimit
        {
            get { lock (_gate) return _nearLimit; }
        }

        /// <summary>
        /// How long a request must wait before it goes out, and why. <paramref name="waitedUntil"/> is the end of a wait
        /// the caller has already done for this request (its own retry delay), which counts toward any pause.
        /// </summary>
        public ThrottleWait BeforeSend(HttpMethod method, Uri uri, DateTimeOffset now, DateTimeOffset waitedUntil)
        {
            var from = waitedUntil > now ? waitedUntil : now;
            lock (_gate)
            {
                var result = ThrottleWait.None;
                if (_pausedUntil > from) result = Longer(result, new ThrottleWait(_pausedUntil - from, _pausedUntil, "site paused (" + _pauseReason + ")"));
                // The keys are built only when something is paused under one: building them costs more than the rest of this check.
                if (_endpoints.Count > 0 && _endpoints.TryGetValue(RateLimitScope.Endpoint(method.Method, uri), out var endpointUntil) && endpointUntil > from)
                {
                    result = Longer(result, new ThrottleWait(endpointUntil - from, endpointUntil, "endpoint slowed (" + BurstReason + ")"));
                }
                var issue = _issues.Count > 0 && ResponseClassifier.IsWrite(method) ? RateLimitScope.Issue(uri) : null;
                if (issue != null && _issues.TryGetValue(issue, out var issueUntil) && issueUntil > from)
                {
                    result = Longer(result, new ThrottleWait(issueUntil - from, issueUntil, "writes to " + issue + " delayed (" + PerIssueWriteReason + ")"));
                }
                if (_nearLimit)
                {
                    var slot = _nextSlot > now + result.Delay ? _nextSlot : now + result.Delay;
                    _nextSlot = slot + _governor.NearLimitSpacing;
                    if (slot > now + result.Delay) result = new ThrottleWait(slot - now, slot, "near the limit (X-RateLimit-NearLimit)");
                }
                return result;
            }
        }

        /// <summary>
        /// Learns from an answer. For a 429, <paramref name="wait"/> is how long the server asked this request to wait
        /// (Retry-After, the reset, or the backoff the client chose); the reason decides who else waits that long.
        /// </summary>
        public void Observe(HttpMethod method, Uri uri, int status, RateLimitInfo rateLimit, TimeSpan wait, DateTimeOffset now)
        {
            rateLimit = rateLimit ?? RateLimitInfo.None;
            lock (_gate)
            {
                _nearLimit = rateLimit.NearLimit;
                if (!rateLimit.NearLimit) _nextSlot = DateTimeOffset.MinValue;
                if (status != 429) return;

                var until = now + wait;
                var reason = rateLimit.Reason;
                var issue = RateLimitScope.Issue(uri);
                if (string.Equals(reason, BurstReason, StringComparison.OrdinalIgnoreCase))
                {
                    Extend(_endpoints, RateLimitScope.Endpoint(method.Method, uri), until);
                }
                else if (string.Equals(reason, PerIssueWriteReason, StringComparison.OrdinalIgnoreCase) && issue != null)
                {
                    Extend(_issues, issue, until);
                }
                else
                {
                    // Quota reasons, unknown ones and none at all: "pause all API requests until the window resets".
                    if (rateLimit.ResetAt is DateTimeOffset reset && reset > until) until = reset;
                    if (until > _pausedUntil)
                    {
                        _pausedUntil = until;
                        _pauseReason = string.IsNullOrEmpty(reason) ? "HTTP 429" : reason;
                    }
                }
            }
        }

        private static void Extend(Dictionary<string, DateTimeOffset> pauses, string key, DateTimeOffset until)
        {
            if (pauses.Count > PurgeThreshold) Purge(pauses, until - TimeSpan.FromDays(1));
            if (!pauses.TryGetValue(key, out var current) || current < until) pauses[key] = until;
        }

        private static void Purge(Dictionary<string, DateTimeOffset> pauses, DateTimeOffset before)
        {
            var expired = new List<string>();
            foreach (var pair in pauses)
            {
                if (pair.Value < before) expired.Add(pair.Key);
            }
            foreach (var key in expired) pauses.Remove(key);
        }

        private static ThrottleWait Longer(ThrottleWait a, ThrottleWait b) => b.Delay > a.Delay ? b : a;

        public override string ToString() =>
            string.Format(CultureInfo.InvariantCulture, "{0}: paused until {1:o}, near limit {2}", Site, _pausedUntil, _nearLimit);
    }
}
