using System.Collections.Generic;
using System.Net.Http;

namespace JiraAuth.Core.Http
{
    /// <summary>Per-request instructions from the client to its pipeline stages, carried in HttpRequestMessage.Properties.</summary>
    internal static class RequestFlags
    {
        private const string StreamingKey = "JiraAuth.StreamResponse";
        private const string NotRepeatableKey = "JiraAuth.BodyNotRepeatable";
        private const string MaxRetriesKey = "JiraAuth.MaxRetries";
        private const string MaxRetryWaitKey = "JiraAuth.MaxRetryWait";
        private const string ResponseHeadersKey = "JiraAuth.ResponseHeaders";
        private const string LikeIdempotentKey = "JiraAuth.LikeIdempotent";

        /// <summary>The caller streams the body itself (downloads): the timeout stage must not buffer it.</summary>
        public static void MarkStreaming(HttpRequestMessage request) => request.Properties[StreamingKey] = true;

        public static bool IsStreaming(HttpRequestMessage request) => request.Properties.ContainsKey(StreamingKey);

        /// <summary>The body is a stream that cannot rewind, so the request cannot be sent twice.</summary>
        public static void MarkNotRepeatable(HttpRequestMessage request) => request.Properties[NotRepeatableKey] = true;

        public static bool IsRepeatable(HttpRequestMessage request) => !request.Properties.ContainsKey(NotRepeatableKey);

        /// <summary>Applies the request's <see cref="RepeatRule"/>: Never marks it not repeatable, LikeIdempotent lets a POST be retried as a GET.</summary>
        public static void ApplyRepeatRule(HttpRequestMessage request, RepeatRule rule)
        {
            if (rule == RepeatRule.Never) MarkNotRepeatable(request);
            else if (rule == RepeatRule.LikeIdempotent) request.Properties[LikeIdempotentKey] = true;
        }

        /// <summary>Whether a lost answer may be asked for again: by method, or because the request said it is safe to repeat.</summary>
        public static bool IsIdempotent(HttpRequestMessage request) =>
            ResponseClassifier.IsIdempotent(request.Method) || request.Properties.ContainsKey(LikeIdempotentKey);

        /// <summary>-MaximumRetryCount / -MaximumRetryWaitSec for this one call, over the connection's defaults.</summary>
        public static void SetRetryLimits(HttpRequestMessage request, int? maxRetries, System.TimeSpan? maxWait)
        {
            if (maxRetries.HasValue) request.Properties[MaxRetriesKey] = maxRetries.Value;
            if (maxWait.HasValue) request.Properties[MaxRetryWaitKey] = maxWait.Value;
        }

        /// <summary>
        /// The retry stage's header snapshot of the answer it passed on, so the client does not read every header again:
        /// on a loopback request that second read costs more than the pipeline's other stages together.
        /// </summary>
        public static void RememberResponseHeaders(HttpRequestMessage request, IReadOnlyDictionary<string, string> headers) =>
            request.Properties[ResponseHeadersKey] = headers;

        /// <summary>The snapshot the retry stage took of <paramref name="response"/>, or a fresh one.</summary>
        public static IReadOnlyDictionary<string, string> ResponseHeaders(HttpRequestMessage request, HttpResponseMessage response) =>
            request.Properties.TryGetValue(ResponseHeadersKey, out var headers) && headers is IReadOnlyDictionary<string, string> snapshot
                ? snapshot
                : HttpHeaderSnapshot.Of(response);

        /// <summary>The connection's retry options with this call's limits applied.</summary>
        public static RetryOptions RetryLimits(HttpRequestMessage request, RetryOptions defaults)
        {
            var hasCount = request.Properties.TryGetValue(MaxRetriesKey, out var count);
            var hasWait = request.Properties.TryGetValue(MaxRetryWaitKey, out var wait);
            if (!hasCount && !hasWait) return defaults;
            return defaults.With(hasCount ? (int?)count : null, hasWait ? (System.TimeSpan?)wait : null);
        }
    }
}
