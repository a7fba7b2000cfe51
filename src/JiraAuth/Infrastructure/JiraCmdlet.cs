using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Http;
using JiraAuth.Core.OAuth;

namespace JiraAuth.Infrastructure
{
    /// <summary>
    /// Base for cmdlets that wait on Core's async calls: Ctrl+C (StopProcessing) cancels the pending request, and retry
    /// notices raised on thread-pool threads are written to the verbose stream from the pipeline thread, the only one allowed to write.
    /// </summary>
    public abstract class JiraCmdlet : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        // (true, text) goes to the debug stream, (false, text) to verbose; written only from the pipeline thread.
        private readonly ConcurrentQueue<KeyValuePair<bool, string>> _pendingVerbose = new ConcurrentQueue<KeyValuePair<bool, string>>();
        private readonly ConcurrentQueue<RefreshTokenNotSavedException> _pendingSaveFailures = new ConcurrentQueue<RefreshTokenNotSavedException>();

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
            var restore = CaptureRetryNotices();
            try
            {
                var task = work(CancellationToken);
                // Poll so that verbose messages from retries show while a long wait is in progress.
                while (!task.Wait(100)) FlushVerbose();
                FlushVerbose();
                return task.Result;
            }
            catch (AggregateException e) when (e.InnerExceptions.Count == 1)
            {
                FlushVerbose();
                if (e.InnerException is OperationCanceledException && CancellationToken.IsCancellationRequested) throw new PipelineStoppedException();
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
            finally
            {
                restore.Dispose();
            }
        }

        /// <summary>For synchronous Core calls (the paginator) that may raise retry notices on this thread.</summary>
        protected IDisposable CaptureRetryNotices()
        {
            var previousSink = RetryNoticeRelay.Current;
            var previousSaveSink = RefreshTokenSaveRelay.Current;
            var previousTrace = RetryNoticeRelay.CurrentTrace;
            RetryNoticeRelay.Current = notice => _pendingVerbose.Enqueue(new KeyValuePair<bool, string>(false, notice.ToString()));
            RetryNoticeRelay.CurrentTrace = trace =>
            {
                _pendingVerbose.Enqueue(new KeyValuePair<bool, string>(false, trace.ToVerboseLine()));
                _pendingVerbose.Enqueue(new KeyValuePair<bool, string>(true, trace.ToDebugText()));
            };
            RefreshTokenSaveRelay.Current = _pendingSaveFailures.Enqueue;
            return new RestoreSink(previousSink, previousSaveSink, previousTrace);
        }

        protected void FlushVerbose()
        {
            while (_pendingVerbose.TryDequeue(out var message))
            {
                if (message.Key) WriteDebug(message.Value);
                else WriteVerbose(message.Value);
            }
            // The call itself succeeded with the new token; the error says the vault is behind.
            while (_pendingSaveFailures.TryDequeue(out var failure)) WriteError(JiraErrorRecords.FromException(failure, null));
        }

        /// <summary>Settings built by the module send retry notices to whichever cmdlet is waiting.</summary>
        protected static RetryOptions NewRetryOptions() => new RetryOptions { OnRetry = RetryNoticeRelay.Publish, OnAttempt = RetryNoticeRelay.PublishTrace };

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

        private sealed class RestoreSink : IDisposable
        {
            private readonly Action<RetryNotice> _previous;
            private readonly Action<RefreshTokenNotSavedException> _previousSave;
            private readonly Action<RequestTrace> _previousTrace;

            public RestoreSink(Action<RetryNotice> previous, Action<RefreshTokenNotSavedException> previousSave, Action<RequestTrace> previousTrace)
            {
                _previous = previous;
                _previousSave = previousSave;
                _previousTrace = previousTrace;
            }

            public void Dispose()
            {
                RetryNoticeRelay.Current = _previous;
                RefreshTokenSaveRelay.Current = _previousSave;
                RetryNoticeRelay.CurrentTrace = _previousTrace;
            }
        }
    }
}
