using System;
using System.Threading;
using System.Threading.Tasks;

namespace JiraAuth.Core.Http
{
    /// <summary>Retry policy knobs; defaults follow Atlassian's published guidance (about 4 retries, 2 s doubling, jitter 0.7–1.3).</summary>
    internal sealed class RetryOptions
    {
        public int MaxRetries { get; set; } = 4;
        public TimeSpan InitialDelay { get; set; } = TimeSpan.FromSeconds(2);

        /// <summary>The longest single wait. A Retry-After beyond this is not shortened: the call fails and reports it.</summary>
        public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>The most one call may spend waiting in all (retries and rate-limit pauses); beyond it the call fails with the reset time.</summary>
        public TimeSpan MaxTotalWait { get; set; } = TimeSpan.FromSeconds(180);

        /// <summary>How waiting is done; tests replace it to record delays instead of sleeping. Must end at once when the token is cancelled.</summary>
        public Func<TimeSpan, CancellationToken, Task> Delay { get; set; } = (d, ct) => Task.Delay(d, ct);

        /// <summary>The clock rate-limit pauses are measured with; tests replace it together with <see cref="Delay"/>.</summary>
        public Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;

        /// <summary>Rate-limit state shared across connections; tests give each case its own.</summary>
        public RateLimitGovernor Governor { get; set; } = RateLimitGovernor.Shared;

        /// <summary>Called after every attempt (answered or failed), for the one verbose line per request.</summary>
        public Action<RequestTrace> OnAttempt { get; set; }

        /// <summary>Called before each wait, for WriteVerbose/WriteWarning in the module.</summary>
        public Action<RetryNotice> OnRetry { get; set; }

        /// <summary>Returns a factor in [0.7, 1.3]; replaceable for deterministic tests.</summary>
        public Func<double> Jitter { get; set; } = DefaultJitter;

        /// <summary>Retry connection failures and timeouts (idempotent methods only). Off for logins: a timed-out login may have counted as a
        /// failure.</summary>
        public bool RetryTransportFailures { get; set; } = true;

        /// <summary>Retry only responses that carry Retry-After: the server itself said the request was not handled.</summary>
        public bool OnlyWhenServerAsks { get; set; }

        public static RetryOptions None => new RetryOptions { MaxRetries = 0 };

        /// <summary>A copy with -MaximumRetryCount / -MaximumRetryWaitSec applied (null leaves a value as it is).</summary>
        public RetryOptions With(int? maxRetries, TimeSpan? maxTotalWait)
        {
            var copy = (RetryOptions)MemberwiseClone();
            if (maxRetries.HasValue) copy.MaxRetries = Math.Max(0, maxRetries.Value);
            if (maxTotalWait.HasValue)
            {
                copy.MaxTotalWait = maxTotalWait.Value;
                if (copy.MaxDelay > maxTotalWait.Value) copy.MaxDelay = maxTotalWait.Value;
            }
            return copy;
        }

        /// <summary>For credential checks: never more logins than the server asked for (failed logins lead to CAPTCHA lockouts).</summary>
        public RetryOptions ForLogin()
        {
            var copy = (RetryOptions)MemberwiseClone();
            copy.RetryTransportFailures = false;
            copy.OnlyWhenServerAsks = true;
            return copy;
        }

        private static readonly Random Random = new Random();

        private static double DefaultJitter()
        {
            lock (Random) return 0.7 + Random.NextDouble() * 0.6;
        }
    }
}
