using System;
using System.Threading;
using JiraAuth.Core.Http;
using JiraAuth.Core.OAuth;


namespace JiraAuth.Observing
{
    /// <summary>
    /// A connection outlives the cmdlet that created it, so its callbacks (retry options, refresh-token rotation) cannot point
    /// at a cmdlet. They publish here, and the AsyncLocal observer reaches whichever cmdlet started the call: it flows into
    /// Core's async code and pool threads, and each runspace's pipeline thread sees only its own.
    /// </summary>
    internal static class CallObservers
    {
        private static readonly AsyncLocal<ICallObserver> Current = new AsyncLocal<ICallObserver>();

        /// <summary>Makes <paramref name="observer"/> hear the calls started on this flow until the result is disposed.</summary>
        public static IDisposable Observe(ICallObserver observer)
        {
            var previous = Current.Value;
            Current.Value = observer;
            return new Restore(previous);
        }

        public static void PublishRequest(RequestTrace trace) => Current.Value?.RequestSent(trace);

        public static void PublishRetry(RetryNotice notice) => Current.Value?.Retrying(notice);

        public static void PublishRefreshTokenNotSaved(RefreshTokenNotSavedException failure) => Current.Value?.RefreshTokenNotSaved(failure);

        private sealed class Restore : IDisposable
        {
            private readonly ICallObserver _previous;

            public Restore(ICallObserver previous) => _previous = previous;

            public void Dispose() => Current.Value = _previous;
        }
    }
}
