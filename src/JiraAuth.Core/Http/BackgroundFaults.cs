using System;
using System.Threading;
using System.Threading.Tasks;

namespace JiraAuth.Core.Http
{
    /// <summary>
    /// Failures of work nobody awaits (cancellation callbacks, tasks left behind when a wait ends early), caught so that
    /// they can neither abort the process nor surface later as unobserved task exceptions. Counted for tests and
    /// diagnosis; what failed is already reported through the operation that was waiting.
    /// </summary>
    internal static class BackgroundFaults
    {
        private static int _count;
        private static Exception _last;

        public static int Count => Volatile.Read(ref _count);

        /// <summary>The most recent fault's type and message (never a token: these come from disposing streams and sockets).</summary>
        public static string Last
        {
            get
            {
                var last = Volatile.Read(ref _last);
                return last == null ? null : last.GetType().Name + ": " + last.Message;
            }
        }

        /// <summary>Raised with every fault recorded (tests watch for the one they provoked).</summary>
        public static event Action<Exception> Recorded;

        public static void Record(Exception exception)
        {
            Volatile.Write(ref _last, exception);
            Interlocked.Increment(ref _count);
            try
            {
                Recorded?.Invoke(exception);
            }
            catch (Exception)
            {
                // A listener's failure must not undo what this class is for.
            }
        }

        /// <summary>Observes a task that is left running: its failure, if any, is recorded here instead of going unobserved.</summary>
        public static void Observe(Task task)
        {
            task?.ContinueWith(t => Record(t.Exception), CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }
}
