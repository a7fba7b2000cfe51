using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Errors;

namespace JiraAuth.Core.Http
{
    /// <summary>
    /// Retries 429 (any method, but a POST only when Jira sent Retry-After) and 5xx/transport failures (idempotent methods
    /// only), waiting at least Retry-After. The same message is re-sent: bodies are buffered or seekable, so they rewind;
    /// a request whose body cannot rewind is never re-sent.
    /// </summary>
    internal sealed class RetryHandler : DelegatingHandler
    {
        private readonly RetryOptions _options;
        private readonly RetryDelayCalculator _delays;

        public RetryHandler(RetryOptions options)
        {
            _options = options ?? new RetryOptions();
            _delays = new RetryDelayCalculator(_options);
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            for (var attempt = 1; ; attempt++)
            {
                HttpResponseMessage response;
                try
                {
                    response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception error) when (!cancellationToken.IsCancellationRequested
                                              && attempt <= _options.MaxRetries
                                              && _options.RetryTransportFailures
                                              && RequestFlags.IsRepeatable(request)
                                              && RetryClassifier.IsRetryableTransportFailure(error, request.Method))
                {
                    var wait = _delays.Compute(attempt, RateLimitInfo.None, DateTimeOffset.UtcNow) ?? _options.MaxDelay;
                    await WaitAsync(attempt, wait, request, null, error.Message, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                var status = (int)response.StatusCode;
                if (attempt > _options.MaxRetries || !RequestFlags.IsRepeatable(request) || !RetryClassifier.IsRetryableStatus(status, request.Method)) return response;

                var rateLimit = RateLimitHeaders.Parse(HttpHeaderSnapshot.Of(response));
                if (rateLimit.RetryAfter == null && (_options.OnlyWhenServerAsks || !RetryClassifier.IsIdempotent(request.Method))) return response;
                var delay = _delays.Compute(attempt, rateLimit, DateTimeOffset.UtcNow);
                if (delay == null) return response; // the server asked for longer than we may wait: report, don't shorten

                var reason = status == 429
                    ? "rate limited" + (rateLimit.Reason != null ? " (" + rateLimit.Reason + ")" : string.Empty)
                    : "HTTP " + status;
                response.Dispose();
                await WaitAsync(attempt, delay.Value, request, status, reason, cancellationToken).ConfigureAwait(false);
            }
        }

        private async Task WaitAsync(int attempt, TimeSpan delay, HttpRequestMessage request, int? status, string reason, CancellationToken cancellationToken)
        {
            _options.OnRetry?.Invoke(new RetryNotice(attempt, delay, request.Method.Method, request.RequestUri, status, reason));
            await _options.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
    }
}
