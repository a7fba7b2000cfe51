using System;

namespace JiraAuth.Core.OAuth
{
    /// <summary>A token endpoint refused; carries its error code and description (never a token) and what to do.</summary>
    public sealed class OAuthTokenException : Exception
    {
        public OAuthTokenException(OAuthErrorReason reason, string message, string remedy, int? statusCode = null, string error = null,
            string errorDescription = null, Exception inner = null)
            : base(message, inner)
        {
            Reason = reason;
            Remedy = remedy;
            StatusCode = statusCode;
            Error = error;
            ErrorDescription = errorDescription;
        }

        public OAuthErrorReason Reason { get; }
        public string Remedy { get; }
        public int? StatusCode { get; }

        /// <summary>The endpoint's "error" code, e.g. invalid_grant.</summary>
        public string Error { get; }

        public string ErrorDescription { get; }

        /// <summary>The same failure with a remedy that names the exact command to run (the connection knows it, the endpoint does not).</summary>
        public OAuthTokenException WithRemedy(string remedy) =>
            new OAuthTokenException(Reason, Message, remedy, StatusCode, Error, ErrorDescription, InnerException);
    }
}
