using System;
using System.Net.Http;
using JiraAuth.Core.Errors;

namespace JiraAuth.Core.Http
{
    /// <summary>A redirect the client would not follow (a downgrade to http, a non-web scheme, or a loop). Never retried.</summary>
    public sealed class RedirectRefusedException : HttpRequestException
    {
        public RedirectRefusedException(Uri from, Uri to, string message) : base(message)
        {
            From = SafeUri.Strip(from);
            To = SafeUri.Strip(to);
        }

        /// <summary>Without user info or query string, as in JiraApiException: a signed link or pasted password must not be kept.</summary>
        public Uri From { get; }

        /// <summary>Without user info or query string.</summary>
        public Uri To { get; }
    }
}
