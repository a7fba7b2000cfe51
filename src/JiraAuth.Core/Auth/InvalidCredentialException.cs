using System;

namespace JiraAuth.Core.Auth
{
    /// <summary>A credential that cannot be sent; the message names the field (UserName or Secret) and never its value.</summary>
    public sealed class InvalidCredentialException : ArgumentException
    {
        public InvalidCredentialException(string field, string message) : base(message, field)
        {
        }
    }
}
