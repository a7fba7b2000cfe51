using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Errors;

namespace JiraAuth.Core.Http
{
    /// <summary>
    /// Limits each attempt (not the whole call with its retry waits), body included, and turns the expiry into a
    /// TimeoutException: a server that sends headers and then stalls must not hang a scheduled task forever.
    /// </summary>
    internal sealed class AttemptTimeoutHandler : DelegatingHandler
    {
        private readonly TimeSpan _timeout;

        public AttemptTimeoutHandler(TimeSpan timeout)
        {
            _timeout = timeout;
        }

        private static bool BodyExpected(HttpRequestMessage request, HttpResponseMessage response) =>
            request.Method != HttpMethod.Head && response.StatusCode != System.Net.HttpStatusCode.NoContent
            && response.StatusCode != System.Net.HttpStatusCode.NotModified;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var unlimited = _timeout <= TimeSpan.Zero || _timeout == Timeout.InfiniteTimeSpan;
            using (var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                if (!unlimited) attempt.CancelAfter(_timeout);
                HttpResponseMessage response = null;
                try
                {
                    response = await base.SendAsync(request, attempt.Token).ConfigureAwait(false);
                    if (response.Content != null && !RequestFlags.IsStreaming(request))
                    {
                        // Older frameworks ignore the token while reading a body; disposing the response unblocks the read.
                        using (CancellationCallbacks.Register(attempt.Token, response.Dispose))
                        {
                            response.Content = await BufferedBodyContent.ReadAsync(response.Content, BodyExpected(request, response), attempt.Token)
                                .ConfigureAwait(false);
                        }
                        attempt.Token.ThrowIfCancellationRequested();
                    }
                    return response;
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested && attempt.IsCancellationRequested
                                          && (e is OperationCanceledException || e is ObjectDisposedException || e is HttpRequestException
                                              || e is System.IO.IOException))
                {
                    response?.Dispose();
                    throw new TimeoutException($"{request.Method} {SafeUri.Describe(request.RequestUri)} did not answer within {_timeout.TotalSeconds:0.#} s.")
                        .With(Remedy.RaiseTimeout(UnansweredService.Jira));
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    response?.Dispose();
                    throw;
                }
            }
        }
    }
}
