using System;
using System.Collections.Generic;
using System.Linq;

namespace JiraAuth.Core.Errors
{
    /// <summary>
    /// A Jira REST call that failed with an HTTP status: Jira's own messages, field errors and rate-limit state; what to do
    /// about it is its <see cref="Remedy"/>, which the host words.
    /// </summary>
    public class JiraApiException : Exception
    {
        internal JiraApiException(string message, JiraApiFailure failure, Exception inner = null)
            : base(message, inner)
        {
            StatusCode = failure.StatusCode;
            Method = failure.Method;
            RequestUri = SafeUri.Strip(failure.RequestUri);
            ErrorMessages = failure.ErrorMessages;
            FieldErrors = failure.FieldErrors;
            RateLimit = failure.RateLimit;
            ResponseExcerpt = failure.ResponseExcerpt;
        }

        public int StatusCode { get; }
        public string Method { get; }
        /// <summary>Without user info or query string, which may carry tokens.</summary>
        public Uri RequestUri { get; }
        public IReadOnlyList<string> ErrorMessages { get; }
        public IReadOnlyDictionary<string, string> FieldErrors { get; }
        public RateLimitInfo RateLimit { get; }

        /// <summary>What to do next, chosen from the status and Jira's signals and worded by the host; null when nothing in particular.</summary>
        public Remedy Remedy => Remedies.Of(this);

        /// <summary>The start of a non-JSON body (HTML reduced to text), for diagnostics.</summary>
        public string ResponseExcerpt { get; }

        public IEnumerable<string> AllMessages => ErrorMessages.Concat(FieldErrors.Select(e => e.Key + ": " + e.Value));
    }
}
