using System;
using JiraAuth.Core.Errors;

namespace JiraAuth.Core.OAuth
{
    /// <summary>The vault does not (yet) show the newest refresh token another process saved, so refreshing now would reuse a dead one.</summary>
    public sealed class StaleVaultException : Exception
    {
        public StaleVaultException(string message, RemedyKind remedy) : base(message)
        {
            this.With(remedy);
        }

        /// <summary>What to do, worded by the host.</summary>
        public Remedy Remedy => Remedies.Of(this);
    }
}
