using System;
using System.Collections.Generic;
using System.Linq;

namespace JiraAuth.Core.Errors
{
    /// <summary>A Jira REST call that failed with an HTTP status: Jira's own messages, field errors, rate-limit state and a hint.</summary>
    public class JiraApiException : Exception
    {
        internal JiraApiException(string message, JiraApiFailure failure, Exception inner = null)
            : base(message, inner)
        {
            StatusCode = failure.StatusCode;
            Method = failure.Method;
            RequestUri = JiraAuth.Core.Http.SafeUri.Strip(failure.RequestUri);
            ErrorMessages = failure.ErrorMessages;
            FieldErrors = failure.FieldErrors;
            RateLimit = failure.RateLimit;
            Hint = failure.Hint;
            ResponseExcerpt = failure.ResponseExcerpt;
        }

        public int StatusCode { get; }
        public string Method { get; }
        /// <summary>Without user info or query string, which may carry tokens.</summary>
        public Uri RequestUri { get; }
        public IReadOnlyList<string> ErrorMessages { get; }
        public IReadOnlyDictionary<string, string> FieldErrors { get; }
        public RateLimitInfo RateLimit { get; }

        /// <summary>One sentence telling the user what to do next, or null.</summary>
        public string Hint { get; }

        /// <summary>The start of a non-JSON body (HTML reduced to text), for diagnostics.</summary>
        public string ResponseExcerpt { get; }

        public IEnumerable<string> AllMessages => ErrorMessages.Concat(FieldErrors.Select(e => e.Key + ": " + e.Value));
    }
}
