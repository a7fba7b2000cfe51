using System;
using System.Management.Automation;
using JiraAuth.Core.Errors;

namespace JiraAuth.Vault
{
    /// <summary>A SecretManagement failure already classified, with what fixes it.</summary>
    public sealed class VaultException : Exception
    {
        public VaultException(string message, string errorId, ErrorCategory category, Remedy remedy = null, Exception inner = null)
            : base(message, inner)
        {
            ErrorId = errorId;
            Category = category;
            Remedy = remedy;
        }

        public string ErrorId { get; }
        public ErrorCategory Category { get; }

        /// <summary>
        /// What fixes it, shown as the recommended action only: a vault's message often says it already. Not attached to the
        /// exception's Data, which would append it to the message.
        /// </summary>
        public Remedy Remedy { get; }
    }
}
