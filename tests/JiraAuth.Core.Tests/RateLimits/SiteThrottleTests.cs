using System;
using System.Net.Http;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Http;
using Xunit;

namespace JiraAuth.Core.Tests.RateLimits
{
    /// <summary>
    /// The governor's dispatch on RateLimit-Reason (https://developer.atlassian.com/cloud/jira/platform/rate-limiting/):
    /// who else waits after a 429, and for how long.
    /// </summary>
    public class SiteThrottleTests
    {
        private static readonly DateTimeOffset Now = new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.Zero);
        private static readonly Uri Site = new Uri("https://acme.atlassian.net");
        private static Uri At(string path) => new Uri("https://acme.atlassian.net" + path);

        private readonly RateLimitGovernor _governor = new RateLimitGovernor();
        private SiteThrottle Throttle => _governor.For(Site);

        private TimeSpan HeldFor(HttpMethod method, string path, DateTimeOffset? at = null) =>
            Throttle.BeforeSend(method, At(path), at ?? Now, DateTimeOffset.MinValue).Delay;

        private void RateLimited(HttpMethod method, string path, string reason, TimeSpan wait, DateTimeOffset? reset = null) =>
            Throttle.Observe(method, At(path), 429, new RateLimitInfo { Reason = reason, RetryAfter = wait, ResetAt = reset }, wait, Now);

        [Fact]
        public void IsSharedByEveryConnectionToTheSameSite()
        {
            Assert.Same(_governor.For(new Uri("https://acme.atlassian.net/")), _governor.For(new Uri("https://ACME.atlassian.net")));
            Assert.NotSame(_governor.For(new Uri("https://acme.atlassian.net")), _governor.For(new Uri("https://other.atlassian.net")));
        }

        [Fact]
        public void BurstLimitSlowsOnlyThatEndpointAndMethod()
        {
            RateLimited(HttpMethod.Get, "/rest/api/3/issue/ABC-1", "jira-burst-based", TimeSpan.FromSeconds(5));

            Assert.Equal(TimeSpan.FromSeconds(5), HeldFor(HttpMethod.Get, "/rest/api/3/issue/XYZ-9"));
            Assert.Equal(TimeSpan.Zero, HeldFor(HttpMethod.Put, "/rest/api/3/issue/ABC-1"));
            Assert.Equal(TimeSpan.Zero, HeldFor(HttpMethod.Get, "/rest/api/3/project/search"));
        }

        [Fact]
        public void PerIssueWriteLimitDelaysOnlyWritesToThatIssue()
        {
            RateLimited(HttpMethod.Put, "/rest/api/3/issue/ABC-1", "jira-per-issue-on-write", TimeSpan.FromSeconds(2));

            Assert.Equal(TimeSpan.FromSeconds(2), HeldFor(HttpMethod.Post, "/rest/api/3/issue/abc-1/comment"));
            Assert.Equal(TimeSpan.Zero, HeldFor(HttpMethod.Get, "/rest/api/3/issue/ABC-1"));
            Assert.Equal(TimeSpan.Zero, HeldFor(HttpMethod.Put, "/rest/api/3/issue/ABC-2"));
        }

        [Theory]
        [InlineData("jira-quota-tenant-based")]
        [InlineData("jira-quota-global-based")]
        [InlineData("jira-cost-based")]
        [InlineData(null)]
        public void QuotaAndUnknownReasonsPauseTheWholeSiteUntilTheReset(string reason)
        {
            var reset = Now.AddMinutes(10);
            RateLimited(HttpMethod.Get, "/rest/api/3/myself", reason, TimeSpan.FromSeconds(30), reason == null ? (DateTimeOffset?)null : reset);

            var expected = reason == null ? TimeSpan.FromSeconds(30) : TimeSpan.FromMinutes(10);
            Assert.Equal(expected, HeldFor(HttpMethod.Post, "/rest/agile/1.0/board"));
            Assert.Equal(TimeSpan.Zero, HeldFor(HttpMethod.Get, "/rest/api/3/myself", Now + expected));
        }

        [Fact]
        public void AWaitAlreadyDoneCountsTowardThePause()
        {
            RateLimited(HttpMethod.Get, "/rest/api/3/myself", "jira-quota-tenant-based", TimeSpan.FromSeconds(30));
            Assert.Equal(TimeSpan.Zero, Throttle.BeforeSend(HttpMethod.Get, At("/rest/api/3/myself"), Now, Now.AddSeconds(30)).Delay);
        }

        [Fact]
        public void NearLimitSpacesRequestsOutUntilJiraStopsSayingIt()
        {
            Throttle.Observe(HttpMethod.Get, At("/rest/api/3/myself"), 200, new RateLimitInfo { NearLimit = true }, TimeSpan.Zero, Now);

            Assert.Equal(TimeSpan.Zero, HeldFor(HttpMethod.Get, "/rest/api/3/a"));
            Assert.Equal(_governor.NearLimitSpacing, HeldFor(HttpMethod.Get, "/rest/api/3/b"));
            Assert.Equal(_governor.NearLimitSpacing + _governor.NearLimitSpacing, HeldFor(HttpMethod.Get, "/rest/api/3/c"));

            Throttle.Observe(HttpMethod.Get, At("/rest/api/3/myself"), 200, RateLimitInfo.None, TimeSpan.Zero, Now);
            Assert.Equal(TimeSpan.Zero, HeldFor(HttpMethod.Get, "/rest/api/3/d"));
        }

        [Fact]
        public void AnswersOtherThan429PauseNobody()
        {
            Throttle.Observe(HttpMethod.Get, At("/rest/api/3/myself"), 503, new RateLimitInfo { RetryAfter = TimeSpan.FromSeconds(30) },
                TimeSpan.FromSeconds(30), Now);
            Assert.Equal(TimeSpan.Zero, HeldFor(HttpMethod.Get, "/rest/api/3/myself"));
        }

        [Theory]
        [InlineData("GET", "/rest/api/3/issue/ABC-1?fields=x", "GET /rest/api/{}/issue/{}")]
        [InlineData("post", "/rest/agile/1.0/board/1/sprint", "POST /rest/agile/{}/board/{}/sprint")]
        public void EndpointsFoldIdsAndKeys(string method, string path, string expected) =>
            Assert.Equal(expected, RateLimitScope.Endpoint(method, At(path)));

        [Theory]
        [InlineData("/rest/api/3/issue/abc-1/comment", "ABC-1")]
        [InlineData("/rest/api/3/issue/10001", "10001")]
        [InlineData("/rest/api/3/issue/createmeta", null)]
        [InlineData("/rest/api/3/myself", null)]
        public void IssuesAreReadFromThePath(string path, string expected) => Assert.Equal(expected, RateLimitScope.Issue(At(path)));
    }
}
