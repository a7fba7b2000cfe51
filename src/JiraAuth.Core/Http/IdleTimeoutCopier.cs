using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Errors;

namespace JiraAuth.Core.Http
{
    /// <summary>Copies a download and gives up when no byte arrives for the timeout: a large file may take long, a stalled one must not hang.</summary>
    internal sealed class IdleTimeoutCopier
    {
        private readonly TimeSpan _idleTimeout;

        public IdleTimeoutCopier(TimeSpan idleTimeout)
        {
            _idleTimeout = idleTimeout;
        }

        public async Task CopyAsync(Stream source, Stream destination, HttpResponseMessage response, HttpRequestMessage request,
            CancellationToken cancellationToken)
        {
            var buffer = new byte[81920];
            var unlimited = _idleTimeout <= TimeSpan.Zero || _idleTimeout == Timeout.InfiniteTimeSpan;
            while (true)
            {
                int read;
                using (var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                {
                    if (!unlimited) idle.CancelAfter(_idleTimeout);
                    try
                    {
                        // Disposing the response is what unblocks a read on frameworks that ignore the token.
                        using (CancellationCallbacks.Register(idle.Token, response.Dispose))
                        {
                            read = await source.ReadAsync(buffer, 0, buffer.Length, idle.Token).ConfigureAwait(false);
                        }
                        idle.Token.ThrowIfCancellationRequested();
                    }
                    catch (Exception e) when (idle.IsCancellationRequested && !cancellationToken.IsCancellationRequested
                                              && (e is OperationCanceledException || e is ObjectDisposedException || e is IOException
                                                  || e is HttpRequestException))
                    {
                        throw new TimeoutException($"The download from {SafeUri.Describe(request.RequestUri)} stalled for {_idleTimeout.TotalSeconds:0.#} s.")
                            .With(Remedy.RaiseTimeout(UnansweredService.Jira));
                    }
                }
                if (read == 0) return;
                await destination.WriteAsync(buffer, 0, read, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
