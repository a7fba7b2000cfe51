using System;

namespace JiraAuth.FakeJira.Endpoints
{
    /// <summary>startAt/maxResults after Jira's silent clamping (clients must not trust their requested size:
    /// https://confluence.atlassian.com/jirakb/changing-maxresults-parameter-for-jira-rest-api-779160706.html).</summary>
    internal readonly struct PageRequest
    {
        public PageRequest(int startAt, int maxResults)
        {
            StartAt = startAt;
            MaxResults = maxResults;
        }

        public int StartAt { get; }
        public int MaxResults { get; }

        public static PageRequest From(ApiCall call, int defaultMax, int cap)
        {
            int startAt = Math.Max(0, call.QueryInt("startAt", 0));
            int max = call.QueryInt("maxResults", defaultMax);
            if (max < 0) { max = defaultMax; }
            return new PageRequest(startAt, Math.Min(max, cap));
        }
    }
}
