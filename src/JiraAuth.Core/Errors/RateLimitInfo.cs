using System;

namespace JiraAuth.Core.Errors
{
    /// <summary>Rate-limit signals from a response's headers (Cloud enforced and beta sets, Data Center token bucket).</summary>
    public sealed class RateLimitInfo
    {
        public static readonly RateLimitInfo None = new RateLimitInfo();

        /// <summary>From Retry-After (seconds or HTTP date), or null.</summary>
        public TimeSpan? RetryAfter { get; set; }

        /// <summary>RateLimit-Reason, e.g. jira-burst-based, jira-quota-tenant-based, jira-per-issue-on-write.</summary>
        public string Reason { get; set; }

        public long? Limit { get; set; }
        public long? Remaining { get; set; }

        /// <summary>X-RateLimit-Reset: an ISO 8601 timestamp on Jira Cloud (not epoch seconds).</summary>
        public DateTimeOffset? ResetAt { get; set; }

        public bool NearLimit { get; set; }

    }
}
