using System;
using System.Threading;
using System.Threading.Tasks;

namespace JiraAuth.Core.Http
{
    /// <summary>Retry policy knobs; defaults follow Atlassian's published guidance (about 4 retries, 2 s doubling, jitter 0.7–1.3).</summary>
    public sealed class RetryOptions
    {
        public int MaxRetries { get; set; } = 4;
        public TimeSpan InitialDelay { get; set; } = TimeSpan.FromSeconds(2);

        /// <summary>The longest single wait. A Retry-After beyond this is not shortened: the call fails and reports it.</summary>
        public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>How waiting is done; tests replace it to record delays instead of sleeping.</summary>
        public Func<TimeSpan, CancellationToken, Task> Delay { get; set; } = (d, ct) => Task.Delay(d, ct);

        /// <summary>Called before each wait, for WriteVerbose/WriteWarning in the module.</summary>
        public Action<RetryNotice> OnRetry { get; set; }

        /// <summary>Returns a factor in [0.7, 1.3]; replaceable for deterministic tests.</summary>
        public Func<double> Jitter { get; set; } = DefaultJitter;

        public static RetryOptions None => new RetryOptions { MaxRetries = 0 };

        private static readonly Random Random = new Random();

        private static double DefaultJitter()
        {
            lock (Random) return 0.7 + Random.NextDouble() * 0.6;
        }
    }
}
