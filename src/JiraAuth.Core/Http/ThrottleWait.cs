using System;

namespace JiraAuth.Core.Http
{
    /// <summary>A wait the rate-limit governor imposes before a request goes out: how long, until when, and why.</summary>
    internal sealed class ThrottleWait
    {
        public static readonly ThrottleWait None = new ThrottleWait(TimeSpan.Zero, DateTimeOffset.MinValue, null);

        public ThrottleWait(TimeSpan delay, DateTimeOffset until, string reason)
        {
            Delay = delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
            Until = until;
            Reason = reason;
        }

        public TimeSpan Delay { get; }
        public DateTimeOffset Until { get; }
        public string Reason { get; }
        public bool IsNone => Delay <= TimeSpan.Zero;
    }
}
