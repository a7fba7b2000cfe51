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
        private static readonly AsyncLocal<Action<RequestTrace>> TraceSink = new AsyncLocal<Action<RequestTrace>>();

        public static Action<RetryNotice> Current
        {
            get => Sink.Value;
            set => Sink.Value = value;
        }

        public static void Publish(RetryNotice notice) => Sink.Value?.Invoke(notice);

        /// <summary>Where the one-line-per-request traces of the current cmdlet go (verbose, and debug with headers).</summary>
        public static Action<RequestTrace> CurrentTrace
        {
            get => TraceSink.Value;
            set => TraceSink.Value = value;
        }

        public static void PublishTrace(RequestTrace trace) => TraceSink.Value?.Invoke(trace);
    }
}
