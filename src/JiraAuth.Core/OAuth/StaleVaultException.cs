using System;

namespace JiraAuth.Core.OAuth
{
    /// <summary>The vault does not (yet) show the newest refresh token another process saved, so refreshing now would reuse a dead one.</summary>
    public sealed class StaleVaultException : Exception
    {
        public StaleVaultException(string message, string remedy) : base(message)
        {
            Remedy = remedy;
        }

        public string Remedy { get; }
    }
}
