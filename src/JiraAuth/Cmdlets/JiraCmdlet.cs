using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Http;
using JiraAuth.Observing;
using JiraAuth.ErrorRecords;


namespace JiraAuth.Cmdlets
{
    /// <summary>
    /// Base for cmdlets that wait on Core's async calls: Ctrl+C (StopProcessing) cancels the pending request, and what the calls
    /// report on thread-pool threads (requests, retries, unsaved refresh tokens) is written from the pipeline thread, the only one
    /// allowed to write.
    /// </summary>
    public abstract class JiraCmdlet : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private readonly PendingCallEvents _callEvents = new PendingCallEvents();

        protected CancellationToken CancellationToken => _stopping.Token;

        protected override void StopProcessing() => _stopping.Cancel();

        public void Dispose()
        {
            _stopping.Dispose();
            GC.SuppressFinalize(this);
        }

        /// <summary>Runs Core work synchronously, unwrapping AggregateException so callers catch the real failure.</summary>
        protected T RunSync<T>(Func<CancellationToken, Task<T>> work)
        {
            var restore = ObserveCalls();
            try
            {
                var task = work(CancellationToken);
                // Poll so that retries and requests show while a long wait is in progress.
                while (!task.Wait(100)) FlushCallEvents();
                FlushCallEvents();
                return task.Result;
            }
            catch (AggregateException e) when (e.InnerExceptions.Count == 1)
            {
                FlushCallEvents();
                if (e.InnerException is OperationCanceledException && CancellationToken.IsCancellationRequested) throw new PipelineStoppedException();
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
            finally
            {
                restore.Dispose();
            }
        }

        /// <summary>
        /// Makes this cmdlet hear the requests, retries and unsaved refresh tokens of the calls it starts on this thread until the
        /// result is disposed (RunSync does it itself; the paginator, called synchronously, needs it around its whole use).
        /// </summary>
        protected IDisposable ObserveCalls() => CallObservers.Observe(_callEvents);

        /// <summary>Writes what the observed calls reported so far; on the pipeline thread only.</summary>
        protected void FlushCallEvents() => _callEvents.Flush(this);

        /// <summary>Settings built by the module send retry notices and request traces to whichever cmdlet is waiting.</summary>
        private protected static RetryOptions NewRetryOptions() => new RetryOptions { OnRetry = CallObservers.PublishRetry, OnAttempt = CallObservers.PublishRequest };

        /// <summary>
        /// The one catch filter of every cmdlet: true for failures the cmdlet turns into an ErrorRecord, false for the
        /// engine's own stop signals (Ctrl+C, -ErrorAction Stop), which must pass through untouched.
        /// </summary>
        protected static bool IsReportable(Exception exception) =>
            !(exception is PipelineStoppedException) && !(exception is ActionPreferenceStopException);

        /// <summary>
        /// The given connection, or the default when none was given; the one place that raises the no-connection error.
        /// </summary>
        /// <returns>false, with <paramref name="error"/> set, when there is no such connection.</returns>
        protected static bool TryResolveConnection(JiraConnection given, object target, out JiraConnection connection, out ErrorRecord error)
        {
            error = null;
            try
            {
                connection = given ?? ConnectionRegistry.ProcessWide.Resolve(null);
                return true;
            }
            catch (JiraConnectionNotFoundException e)
            {
                connection = null;
                error = JiraErrorRecords.FromException(e, target);
                return false;
            }
        }

        /// <summary>-WhatIf given, or $WhatIfPreference set: for steps that must change nothing but are not confirmed.</summary>
        protected bool WhatIfRequested =>
            (MyInvocation.BoundParameters.TryGetValue("WhatIf", out var bound) && LanguagePrimitives.IsTrue(bound))
            || (!MyInvocation.BoundParameters.ContainsKey("WhatIf") && LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference")));
    }
}
