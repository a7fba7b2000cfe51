using System;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Http;
using Xunit;

namespace JiraAuth.Core.Tests.Http
{
    public class RetryDelayCalculatorTests
    {
        private static readonly DateTimeOffset Now = new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.Zero);

        private static RetryDelayCalculator WithJitter(double factor) =>
            new RetryDelayCalculator(new RetryOptions { InitialDelay = TimeSpan.FromSeconds(2), MaxDelay = TimeSpan.FromSeconds(60), Jitter = () => factor });

        [Theory]
        [InlineData(1, 2.0)]
        [InlineData(2, 4.0)]
        [InlineData(3, 8.0)]
        [InlineData(4, 16.0)]
        public void BacksOffExponentiallyWithoutHeaders(int attempt, double seconds) =>
            Assert.Equal(TimeSpan.FromSeconds(seconds), WithJitter(1.0).Compute(attempt, RateLimitInfo.None, Now));

        [Fact]
        public void JitterStaysWithinSeventyToOneHundredThirtyPercent()
        {
            Assert.Equal(TimeSpan.FromSeconds(1.4), WithJitter(0.7).Compute(1, RateLimitInfo.None, Now));
            Assert.Equal(TimeSpan.FromSeconds(2.6), WithJitter(1.3).Compute(1, RateLimitInfo.None, Now));
        }

        [Fact]
        public void NeverWaitsLessThanRetryAfterEvenWithLowJitter()
        {
            var delay = WithJitter(0.7).Compute(1, new RateLimitInfo { RetryAfter = TimeSpan.FromSeconds(7) }, Now);
            Assert.Equal(TimeSpan.FromSeconds(7), delay);
        }

        [Fact]
        public void UsesTheLongerBackoffWhenRetryAfterIsShort()
        {
            var delay = WithJitter(1.0).Compute(3, new RateLimitInfo { RetryAfter = TimeSpan.FromSeconds(1) }, Now);
            Assert.Equal(TimeSpan.FromSeconds(8), delay);
        }

        [Fact]
        public void GivesUpRatherThanShortenARetryAfterBeyondTheCap() =>
            Assert.Null(WithJitter(1.0).Compute(1, new RateLimitInfo { RetryAfter = TimeSpan.FromSeconds(3600) }, Now));

        [Fact]
        public void WaitsUntilTheResetTimeWhenThereIsNoRetryAfter()
        {
            var delay = WithJitter(1.0).Compute(1, new RateLimitInfo { ResetAt = Now.AddSeconds(30) }, Now);
            Assert.Equal(TimeSpan.FromSeconds(30), delay);
        }

        [Fact]
        public void CapsBackoffAtMaxDelay() =>
            Assert.Equal(TimeSpan.FromSeconds(60), WithJitter(1.3).Compute(10, RateLimitInfo.None, Now));
    }
}
