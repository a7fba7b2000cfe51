using System;
using System.Threading;
using System.Threading.Tasks;


namespace JiraAuth.Cmdlets
{
    /// <summary>
    /// The whole-call limit of Invoke-JiraRestMethod -TimeoutSec (every page and every retry wait included): one token for
    /// everything the call starts, and one way its expiry is reported. Ctrl+C stays a stop, never a timeout.
    /// </summary>
    internal sealed class CallDeadline : IDisposable
    {
        private readonly CancellationToken _stopping;
        private readonly CancellationTokenSource _deadline;
        private readonly CancellationTokenSource _linked;
        private readonly int? _seconds;

        /// <param name="seconds">null: no limit beyond each request's own timeout.</param>
        public CallDeadline(CancellationToken stopping, int? seconds)
        {
            _stopping = stopping;
            _seconds = seconds;
            _deadline = seconds.HasValue ? new CancellationTokenSource(TimeSpan.FromSeconds(seconds.Value)) : new CancellationTokenSource();
            _linked = CancellationTokenSource.CreateLinkedTokenSource(stopping, _deadline.Token);
        }

        /// <summary>Cancelled by Ctrl+C or when the time is up: pass it to everything the call starts.</summary>
        public CancellationToken Token => _linked.Token;

        public async Task<T> Watch<T>(Task<T> work)
        {
            try
            {
                return await work.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (Expired)
            {
                throw TimedOut();
            }
        }

        public async Task<bool> Watch(Task work)
        {
            try
            {
                await work.ConfigureAwait(false);
                return true;
            }
            catch (OperationCanceledException) when (Expired)
            {
                throw TimedOut();
            }
        }

        public bool Expired => _deadline.IsCancellationRequested && !_stopping.IsCancellationRequested;

        public TimeoutException TimedOut() =>
            new TimeoutException($"The call did not finish within -TimeoutSec ({_seconds} s), all pages and retries included. "
                + "Raise -TimeoutSec, or page with -First.");

        public void Dispose()
        {
            _linked.Dispose();
            _deadline.Dispose();
        }
    }
}
