using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Http;

namespace JiraAuth.Core.Tests.Support
{
    /// <summary>A clock that moves only when the client waits: backoff tests run in microseconds and see every wait.</summary>
    internal sealed class ManualClock
    {
        private readonly object _gate = new object();

        public DateTimeOffset Now { get; private set; } = new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.Zero);

        public List<TimeSpan> Waits { get; } = new List<TimeSpan>();

        public DateTimeOffset UtcNow()
        {
            lock (_gate) return Now;
        }

        public Task Delay(TimeSpan delay, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lock (_gate)
            {
                Waits.Add(delay);
                Now += delay;
            }
            return Task.CompletedTask;
        }

        public void Advance(TimeSpan by)
        {
            lock (_gate) Now += by;
        }

        /// <summary>Retry options driven by this clock, with jitter fixed at <paramref name="jitter"/> and a governor of their own.</summary>
        public RetryOptions Options(double jitter = 1.0, RateLimitGovernor governor = null) => new RetryOptions
        {
            Jitter = () => jitter,
            Delay = Delay,
            Clock = UtcNow,
            Governor = governor ?? new RateLimitGovernor(),
        };
    }
}
