using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Errors;

namespace JiraAuth.Core.Http
{
    /// <summary>
    /// Retries what <see cref="ResponseClassifier"/> calls retriable, waiting at least Retry-After, and keeps every request
    /// to a site in step with the shared <see cref="RateLimitGovernor"/>. The waits of one call are capped, one by one
    /// and in total; past a cap the call fails at once and the error says when the limit resets. The same message is
    /// re-sent: bodies are buffered or seekable, so they rewind; a request whose body cannot rewind is never re-sent.
    /// </summary>
    internal sealed class RetryHandler : DelegatingHandler
    {
        private readonly RetryOptions _options;
        private readonly RetryDelayCalculator _delays;
        private readonly SiteThrottle _throttle;

        /// <param name="apiBase">The connection's API base: the site, or the gateway's /ex/jira/{cloudId}. Its rate-limit state is shared.</param>
        public RetryHandler(RetryOptions options, Uri apiBase)
        {
            _options = options ?? new RetryOptions();
            _delays = new RetryDelayCalculator(_options);
            _throttle = (_options.Governor ?? RateLimitGovernor.Shared).For(apiBase ?? throw new ArgumentNullException(nameof(apiBase)));
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var throttle = _throttle;
            var options = RequestFlags.RetryLimits(request, _options);
            var delays = ReferenceEquals(options, _options) ? _delays : new RetryDelayCalculator(options);
            var waited = TimeSpan.Zero;
            var waitedUntil = DateTimeOffset.MinValue;
            for (var attempt = 1; ; attempt++)
            {
                var held = throttle.BeforeSend(request.Method, request.RequestUri, options.Clock(), waitedUntil);
                if (!held.IsNone)
                {
                    if (held.Delay > options.MaxDelay || waited + held.Delay > options.MaxTotalWait) throw HeldTooLong(request, held);
                    await options.Delay(held.Delay, cancellationToken).ConfigureAwait(false);
                    waited += held.Delay;
                }

                // Traces (redacted header copies) are built only when someone reads them: they cost more than a loopback request.
                var tracing = options.OnAttempt != null;
                var requestHeaders = tracing ? Snapshot(request) : null;
                var clock = Stopwatch.StartNew();
                HttpResponseMessage response;
                try
                {
                    response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception error) when (!cancellationToken.IsCancellationRequested)
                {
                    var trace = tracing ? new RequestTrace(request.Method.Method, request.RequestUri, attempt, null, FailureText(error), clock.Elapsed, null,
                        requestHeaders, null) { WaitedBefore = held } : null;
                    var backoff = MayRetryFailure(options, error, request, attempt) ? delays.Compute(attempt, RateLimitInfo.None, options.Clock()) : null;
                    if (backoff == null || waited + backoff.Value > options.MaxTotalWait)
                    {
                        options.OnAttempt?.Invoke(trace);
                        throw;
                    }
                    if (tracing)
                    {
                        trace.RetryIn = backoff;
                        trace.RetryReason = "no answer";
                    }
                    options.OnAttempt?.Invoke(trace);
                    await WaitAsync(options, attempt, backoff.Value, request, null, error.Message, cancellationToken).ConfigureAwait(false);
                    waited += backoff.Value;
                    waitedUntil = options.Clock();
                    continue;
                }

                var status = (int)response.StatusCode;
                var now = options.Clock();
                var headers = HttpHeaderSnapshot.Of(response);
                RequestFlags.RememberResponseHeaders(request, headers);
                var rateLimit = RateLimitHeaders.Parse(headers, now);
                var delay = RetryDelay(options, delays, request, attempt, status, rateLimit, now, waited);
                // Only a 429 pauses anyone, and working out its wait draws jitter under a lock: not worth it for every 200.
                var serverWait = status == 429 ? ServerWait(options, delays, attempt, rateLimit, now, delay) : TimeSpan.Zero;
                throttle.Observe(request.Method, request.RequestUri, status, rateLimit, serverWait, now);

                var attemptTrace = tracing
                    ? new RequestTrace(request.Method.Method, request.RequestUri, attempt, status, null, clock.Elapsed, rateLimit, requestHeaders,
                    headers) { WaitedBefore = held } : null;
                if (delay == null)
                {
                    options.OnAttempt?.Invoke(attemptTrace);
                    return response;
                }
                var reason = status == 429
                    ? "rate limited" + (rateLimit.Reason != null ? " (" + rateLimit.Reason + ")" : string.Empty)
                    : "HTTP " + status;
                if (tracing)
                {
                    attemptTrace.RetryIn = delay;
                    attemptTrace.RetryReason = reason;
                }
                options.OnAttempt?.Invoke(attemptTrace);
                response.Dispose();
                await WaitAsync(options, attempt, delay.Value, request, status, reason, cancellationToken).ConfigureAwait(false);
                waited += delay.Value;
                waitedUntil = now + delay.Value;
            }
        }

        private static bool MayRetryFailure(RetryOptions options, Exception error, HttpRequestMessage request, int attempt) =>
            attempt <= options.MaxRetries
            && options.RetryTransportFailures
            && RequestFlags.IsRepeatable(request)
            && ResponseClassifier.IsRetriableException(error, RequestFlags.IsIdempotent(request));

        /// <returns>How long to wait before trying again, or null when this answer is final.</returns>
        private static TimeSpan? RetryDelay(RetryOptions options, RetryDelayCalculator delays, HttpRequestMessage request, int attempt, int status,
            RateLimitInfo rateLimit, DateTimeOffset now, TimeSpan waited)
        {
            if (attempt > options.MaxRetries || !RequestFlags.IsRepeatable(request)
                || !ResponseClassifier.IsRetriableStatus(status, RequestFlags.IsIdempotent(request))) return null;
            if (rateLimit.RetryAfter == null && options.OnlyWhenServerAsks) return null;
            var delay = delays.Compute(attempt, rateLimit, now);
            // The server asked for longer than this call may wait: report it, don't shorten it.
            if (delay == null || waited + delay.Value > options.MaxTotalWait) return null;
            return delay;
        }

        /// <summary>How long the server asked everyone to hold off, for the governor: what it said, else the backoff chosen.</summary>
        private static TimeSpan ServerWait(RetryOptions options, RetryDelayCalculator delays, int attempt, RateLimitInfo rateLimit, DateTimeOffset now,
            TimeSpan? chosen)
        {
            if (rateLimit.RetryAfter is TimeSpan retryAfter) return retryAfter;
            if (rateLimit.ResetAt is DateTimeOffset reset && reset > now) return reset - now;
            return chosen ?? delays.Compute(attempt, RateLimitInfo.None, now) ?? options.MaxDelay;
        }

        private static async Task WaitAsync(RetryOptions options, int attempt, TimeSpan delay, HttpRequestMessage request, int? status, string reason,
            CancellationToken cancellationToken)
        {
            options.OnRetry?.Invoke(new RetryNotice(attempt, delay, request.Method.Method, request.RequestUri, status, reason));
            await options.Delay(delay, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The site is paused for longer than this call may wait: fail now, as a 429, saying when it resets.</summary>
        private static JiraApiException HeldTooLong(HttpRequestMessage request, ThrottleWait held)
        {
            var resets = UtcText.Of(held.Until);
            var message = $"Jira is rate limiting {SafeUri.Origin(request.RequestUri)}: {held.Reason}, until {resets}. " +
                          $"{request.Method.Method} {SafeUri.Describe(request.RequestUri)} was not sent because that is longer than this call may wait.";
            var failure = new JiraApiFailure(429, request.Method.Method, request.RequestUri)
                .WithJiraMessages(new[] { message }, null)
                .WithRateLimit(new RateLimitInfo { RetryAfter = held.Delay, ResetAt = held.Until });
            return new JiraApiException(message, failure).With(Remedy.WaitForRateLimitReset(held.Until));
        }

        private static IEnumerable<KeyValuePair<string, string>> Snapshot(HttpRequestMessage request)
        {
            var headers = request.Headers.Select(h => new KeyValuePair<string, string>(h.Key, string.Join(", ", h.Value))).ToList();
            if (request.Content != null) headers.AddRange(request.Content.Headers.Select(h => new KeyValuePair<string,
                string>(h.Key, string.Join(", ", h.Value))));
            return headers;
        }

        private static string FailureText(Exception error) => error is TimeoutException ? "timed out" : error.GetType().Name + ": " + error.Message;
    }
}
