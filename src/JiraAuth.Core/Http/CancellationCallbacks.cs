using System;
using System.Threading;

namespace JiraAuth.Core.Http
{
    /// <summary>
    /// Registers work to run when a token is cancelled, made safe for whichever thread cancels it. A token cancelled by
    /// CancelAfter or a timeout runs its callbacks on a timer thread of the pool, where an exception is unhandled and the
    /// runtime aborts the whole process (a scheduled pwsh, with everything it had loaded). These callbacks only abort
    /// I/O (dispose a response, stop a listener), and the code awaiting that I/O sees the cancellation anyway, so a
    /// failure in one is recorded in <see cref="BackgroundFaults"/> and goes no further.
    /// </summary>
    internal static class CancellationCallbacks
    {
        private static readonly Action<object> RunSafely = state =>
        {
            try
            {
                ((Action)state)();
            }
            catch (Exception e)
            {
                BackgroundFaults.Record(e);
            }
        };

        public static CancellationTokenRegistration Register(CancellationToken token, Action callback)
        {
            if (callback == null) throw new ArgumentNullException(nameof(callback));
            return token.Register(RunSafely, callback);
        }
    }
}
