using System;
using System.Collections.Generic;

namespace JiraAuth.Core.Errors
{
    /// <summary>
    /// What is known about a failed REST call, built up step by step and never changed: the request and status first, then
    /// whatever the answer added (Jira's messages, rate-limit state, an excerpt). <see cref="JiraApiException"/> reads it.
    /// </summary>
    internal sealed class JiraApiFailure
    {
        private static readonly IReadOnlyDictionary<string, string> NoFieldErrors = new Dictionary<string, string>();

        public JiraApiFailure(int statusCode, string method, Uri requestUri)
        {
            StatusCode = statusCode;
            Method = method;
            RequestUri = requestUri;
        }

        public int StatusCode { get; }
        public string Method { get; }
        public Uri RequestUri { get; }
        public IReadOnlyList<string> ErrorMessages { get; private set; } = Array.Empty<string>();
        public IReadOnlyDictionary<string, string> FieldErrors { get; private set; } = NoFieldErrors;
        public RateLimitInfo RateLimit { get; private set; } = RateLimitInfo.None;
        public string ResponseExcerpt { get; private set; }

        /// <summary>Jira's own messages: the general ones and those per field.</summary>
        public JiraApiFailure WithJiraMessages(IReadOnlyList<string> errorMessages, IReadOnlyDictionary<string, string> fieldErrors) =>
            Copy(f =>
            {
                f.ErrorMessages = errorMessages ?? Array.Empty<string>();
                f.FieldErrors = fieldErrors ?? NoFieldErrors;
            });

        public JiraApiFailure WithRateLimit(RateLimitInfo rateLimit) => Copy(f => f.RateLimit = rateLimit ?? RateLimitInfo.None);

        /// <summary>The start of a non-JSON body (HTML reduced to text).</summary>
        public JiraApiFailure WithResponseExcerpt(string excerpt) => Copy(f => f.ResponseExcerpt = excerpt);

        private JiraApiFailure Copy(Action<JiraApiFailure> change)
        {
            var copy = (JiraApiFailure)MemberwiseClone();
            change(copy);
            return copy;
        }
    }
}
