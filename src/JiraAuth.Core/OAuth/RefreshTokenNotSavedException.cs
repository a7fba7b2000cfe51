using System;

namespace JiraAuth.Core.OAuth
{
    /// <summary>A rotated refresh token could not be written to the vault; it lives on in this session's memory.</summary>
    public sealed class RefreshTokenNotSavedException : Exception
    {
        public RefreshTokenNotSavedException(string message, Exception inner) : base(message, inner)
        {
        }
    }
}
