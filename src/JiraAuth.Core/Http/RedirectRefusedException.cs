using System;
using System.Net.Http;

namespace JiraAuth.Core.Http
{
    /// <summary>A redirect the client would not follow (a downgrade to http, a non-web scheme, or a loop). Never retried.</summary>
    public sealed class RedirectRefusedException : HttpRequestException
    {
        public RedirectRefusedException(Uri from, Uri to, string message) : base(message)
        {
            From = from;
            To = to;
        }

        public Uri From { get; }
        public Uri To { get; }
    }
}
