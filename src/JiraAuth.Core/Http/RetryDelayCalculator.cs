using System;
using JiraAuth.Core.Errors;

namespace JiraAuth.Core.Http
{
    /// <summary>How long to wait before retry N: never less than Retry-After, then X-RateLimit-Reset, else jittered exponential backoff.</summary>
    internal sealed class RetryDelayCalculator
    {
        private readonly RetryOptions _options;

        public RetryDelayCalculator(RetryOptions options)
        {
            _options = options;
        }

        /// <returns>The delay, or null when the server asks for a wait longer than MaxDelay (the caller then gives up).</returns>
        public TimeSpan? Compute(int attempt, RateLimitInfo rateLimit, DateTimeOffset now)
        {
            var backoff = Backoff(attempt);
            if (rateLimit?.RetryAfter is TimeSpan retryAfter)
            {
                if (retryAfter > _options.MaxDelay) return null;
                // Jitter may lengthen but never shorten what the server asked for.
                return retryAfter > backoff ? retryAfter : backoff;
            }
            if (rateLimit?.ResetAt is DateTimeOffset reset)
            {
                var untilReset = reset - now;
                if (untilReset > _options.MaxDelay) return null;
                if (untilReset > backoff) return untilReset;
            }
            return backoff;
        }

        private TimeSpan Backoff(int attempt)
        {
            var exponential = _options.InitialDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, attempt - 1));
            var jittered = exponential * _options.Jitter();
            return TimeSpan.FromMilliseconds(Math.Min(jittered, _options.MaxDelay.TotalMilliseconds));
        }
    }
}
