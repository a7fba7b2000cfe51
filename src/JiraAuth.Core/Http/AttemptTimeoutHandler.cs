using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace JiraAuth.Core.Http
{
    /// <summary>Limits each attempt (not the whole call with its retry waits) and turns the expiry into a TimeoutException.</summary>
    public sealed class AttemptTimeoutHandler : DelegatingHandler
    {
        private readonly TimeSpan _timeout;

        public AttemptTimeoutHandler(TimeSpan timeout)
        {
            _timeout = timeout;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (_timeout <= TimeSpan.Zero || _timeout == Timeout.InfiniteTimeSpan)
            {
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }

            using (var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                attempt.CancelAfter(_timeout);
                try
                {
                    return await base.SendAsync(request, attempt.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new TimeoutException(
                        $"{request.Method} {request.RequestUri?.GetLeftPart(UriPartial.Path)} did not answer within {_timeout.TotalSeconds:0.#} s. " +
                        "Check the network path to Jira, or raise -TimeoutSec.");
                }
            }
        }
    }
}
