using System;
using JiraAuth.Core.Errors;

namespace JiraAuth.Core.OAuth
{
    /// <summary>A token endpoint refused; carries its error code and description (never a token) and what to do.</summary>
    public sealed class OAuthTokenException : Exception
    {
        public OAuthTokenException(OAuthErrorReason reason, string message, Remedy remedy, int? statusCode = null, string error = null,
            string errorDescription = null, Exception inner = null)
            : base(message, inner)
        {
            Reason = reason;
            StatusCode = statusCode;
            Error = error;
            ErrorDescription = errorDescription;
            this.With(remedy);
        }

        public OAuthErrorReason Reason { get; }

        /// <summary>What to do, worded by the host (it names the host's sign-in command).</summary>
        public Remedy Remedy => Remedies.Of(this);

        public int? StatusCode { get; }

        /// <summary>The endpoint's "error" code, e.g. invalid_grant.</summary>
        public string Error { get; }

        public string ErrorDescription { get; }

        /// <summary>The same failure with a remedy that names the exact command to run (the connection knows it, the endpoint does not).</summary>
        public OAuthTokenException WithRemedy(Remedy remedy) =>
            new OAuthTokenException(Reason, Message, remedy, StatusCode, Error, ErrorDescription, InnerException);
    }
}
