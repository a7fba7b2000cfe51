using System;
using System.Collections.Generic;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Tests.Support;
using Xunit;

namespace JiraAuth.Core.Tests.Errors
{
    public class RateLimitHeadersTests
    {
        private static readonly DateTimeOffset Now = new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.Zero);

        private static Dictionary<string, string> Headers(params string[] nameValuePairs)
        {
            var headers = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < nameValuePairs.Length; i += 2) headers[nameValuePairs[i]] = nameValuePairs[i + 1];
            return headers;
        }

        [FixtureFact]
        public void BurstLimitExampleFromAtlassian()
        {
            var info = RateLimitHeaders.Parse(HeaderExamples.Section("Burst limit 429"), Now);

            Assert.Equal(TimeSpan.FromSeconds(1), info.RetryAfter);
            Assert.Equal(350, info.Limit);
            Assert.Equal(0, info.Remaining);
            Assert.Equal(new DateTimeOffset(2026, 1, 1, 1, 1, 1, TimeSpan.Zero), info.ResetAt);
            Assert.Equal("jira-burst-based", info.Reason);
            Assert.False(info.NearLimit);
        }

        [FixtureFact]
        public void QuotaExampleFromAtlassian()
        {
            var info = RateLimitHeaders.Parse(HeaderExamples.Section("Quota 429"), Now);

            Assert.Equal(TimeSpan.FromSeconds(1847), info.RetryAfter);
            Assert.Equal(100000, info.Limit);
            Assert.Equal(new DateTimeOffset(2025, 10, 8, 15, 0, 0, TimeSpan.Zero), info.ResetAt);
            Assert.Equal("jira-quota-global-based", info.Reason);
        }

        [FixtureFact]
        public void DataCenterLowercaseHeadersAreRead()
        {
            var info = RateLimitHeaders.Parse(HeaderExamples.Section("Data Center with admin-configured rate limiting"), Now);

            Assert.Equal(5, info.Limit);
            Assert.Equal(1, info.Remaining);
            Assert.Null(info.RetryAfter);
        }

        [Fact]
        public void BetaOnlyHeadersDoNotCountAsEnforcedLimits()
        {
            var headers = Headers("Beta-RateLimit", "\"global-app-quota\";r=0;t=50", "Beta-Retry-After", "50");

            Assert.True(IsEmpty(RateLimitHeaders.Parse(headers, Now)));
        }

        [Theory]
        [InlineData("retry-after", "120", 120)]
        [InlineData("RETRY-AFTER", " 0 ", 0)]
        [InlineData("Retry-After", "30, 30", 30)]
        [InlineData("Retry-After", "Thu, 01 Jan 2026 01:02:30 GMT", 150)]
        [InlineData("Retry-After", "Thu, 01 Jan 2026 00:59:00 GMT", 0)]
        public void RetryAfterIsSecondsOrAnHttpDate(string name, string value, int expectedSeconds)
        {
            Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), RateLimitHeaders.Parse(Headers(name, value), Now).RetryAfter);
        }

        [Theory]
        [InlineData("soon")]
        [InlineData("-5")]
        [InlineData("1.5")]
        [InlineData("")]
        public void GarbageRetryAfterIsIgnored(string value)
        {
            Assert.Null(RateLimitHeaders.Parse(Headers("Retry-After", value), Now).RetryAfter);
        }

        [Fact]
        public void AbsurdRetryAfterIsCappedAtADay()
        {
            Assert.Equal(TimeSpan.FromDays(1), RateLimitHeaders.Parse(Headers("Retry-After", "99999999999999"), Now).RetryAfter);
        }

        [Theory]
        [InlineData("2026-01-01T01:01:01Z", "2026-01-01T01:01:01+00:00")]
        [InlineData("2026-01-01T01:01Z", "2026-01-01T01:01:00+00:00")]
        [InlineData("2026-01-01T01:01:01.250Z", "2026-01-01T01:01:01.25+00:00")]
        [InlineData("2026-01-01T03:01:01+02:00", "2026-01-01T01:01:01+00:00")]
        public void ResetIsIso8601(string value, string expected)
        {
            Assert.Equal(DateTimeOffset.Parse(expected), RateLimitHeaders.Parse(Headers("x-ratelimit-reset", value), Now).ResetAt);
        }

        [Theory]
        [InlineData("1767229261")]
        [InlineData("tomorrow")]
        [InlineData("2026-13-01T00:00Z")]
        public void ResetThatIsNotIso8601IsIgnored(string value)
        {
            Assert.Null(RateLimitHeaders.Parse(Headers("X-RateLimit-Reset", value), Now).ResetAt);
        }

        [Fact]
        public void LimitAndRemainingIgnoreGarbage()
        {
            var info = RateLimitHeaders.Parse(Headers("X-RateLimit-Limit", "lots", "X-RateLimit-Remaining", "-1"), Now);

            Assert.Null(info.Limit);
            Assert.Null(info.Remaining);
        }

        [Theory]
        [InlineData("RateLimit-Reason", "jira-per-issue-on-write")]
        [InlineData("x-ratelimit-reason", "jira-quota-tenant-based")]
        public void ReasonComesFromEitherHeader(string name, string value)
        {
            Assert.Equal(value, RateLimitHeaders.Parse(Headers(name, value), Now).Reason);
        }

        [Theory]
        [InlineData("true", true)]
        [InlineData("TRUE", true)]
        [InlineData("false", false)]
        [InlineData("yes", false)]
        public void NearLimitIsTrueOnlyForTrue(string value, bool expected)
        {
            Assert.Equal(expected, RateLimitHeaders.Parse(Headers("X-RateLimit-NearLimit", value), Now).NearLimit);
        }

        [Fact]
        public void NoHeadersGiveAnEmptyInfo()
        {
            Assert.True(IsEmpty(RateLimitHeaders.Parse(new Dictionary<string, string>(), Now)));
            Assert.True(IsEmpty(RateLimitHeaders.Parse(null, Now)));
        }

        private static bool IsEmpty(RateLimitInfo info) =>
            info.RetryAfter == null && info.Reason == null && info.Limit == null && info.Remaining == null && info.ResetAt == null && !info.NearLimit;
    }
}
