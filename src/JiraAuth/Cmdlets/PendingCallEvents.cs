using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using JiraAuth.Core.Http;
using JiraAuth.Core.OAuth;

using JiraAuth.ErrorRecords;

using JiraAuth.Observing;

namespace JiraAuth.Cmdlets
{
    /// <summary>
    /// A cmdlet's <see cref="ICallObserver"/>: events arrive on pool threads and are queued, because only the pipeline thread
    /// may write to PowerShell's streams; <see cref="Flush"/> writes them from there.
    /// </summary>
    internal sealed class PendingCallEvents : ICallObserver
    {
        private readonly ConcurrentQueue<Action<Cmdlet>> _pending = new ConcurrentQueue<Action<Cmdlet>>();

        public void RequestSent(RequestTrace trace)
        {
            var line = trace.ToVerboseLine();
            var details = trace.ToDebugText();
            _pending.Enqueue(cmdlet =>
            {
                cmdlet.WriteVerbose(line);
                cmdlet.WriteDebug(details);
            });
        }

        public void Retrying(RetryNotice notice)
        {
            var line = notice.ToString();
            _pending.Enqueue(cmdlet => cmdlet.WriteVerbose(line));
        }

        // The call itself succeeded with the new token; the error says the vault is behind.
        public void RefreshTokenNotSaved(RefreshTokenNotSavedException failure) =>
            _pending.Enqueue(cmdlet => cmdlet.WriteError(JiraErrorRecords.FromException(failure, null)));

        /// <summary>Writes what arrived so far, in arrival order; call only on the pipeline thread.</summary>
        public void Flush(Cmdlet cmdlet)
        {
            while (_pending.TryDequeue(out var write)) write(cmdlet);
        }
    }
}
