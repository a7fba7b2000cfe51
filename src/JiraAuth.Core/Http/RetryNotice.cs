using System;
using JiraAuth.Core.Errors;

namespace JiraAuth.Core.Http
{
    /// <summary>Why and how long the client is about to wait before trying a request again.</summary>
    internal sealed class RetryNotice
    {
        public RetryNotice(int attempt, TimeSpan delay, string method, Uri requestUri, int? statusCode, string reason)
        {
            Attempt = attempt;
            Delay = delay;
            Method = method;
            RequestUri = SafeUri.Strip(requestUri);
            StatusCode = statusCode;
            Reason = reason;
        }

        public int Attempt { get; }
        public TimeSpan Delay { get; }
        public string Method { get; }
        public Uri RequestUri { get; }
        public int? StatusCode { get; }
        public string Reason { get; }

        public override string ToString() =>
            $"Retry {Attempt} of {Method} {SafeUri.Describe(RequestUri)} in {Delay.TotalSeconds:0.#} s: {Reason}";
    }
}
