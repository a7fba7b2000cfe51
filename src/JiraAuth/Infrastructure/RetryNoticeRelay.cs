using System;
using System.Threading;
using JiraAuth.Core.Http;

namespace JiraAuth.Infrastructure
{
    /// <summary>
    /// A connection outlives the cmdlet that created it, so its retry callback cannot point at a cmdlet. The callback
    /// publishes here instead, and the AsyncLocal sink reaches whichever cmdlet started the request (it flows into Core's async code).
    /// </summary>
    internal static class RetryNoticeRelay
    {
        private static readonly AsyncLocal<Action<RetryNotice>> Sink = new AsyncLocal<Action<RetryNotice>>();

        public static Action<RetryNotice> Current
        {
            get => Sink.Value;
            set => Sink.Value = value;
        }

        public static void Publish(RetryNotice notice) => Sink.Value?.Invoke(notice);
    }
}
