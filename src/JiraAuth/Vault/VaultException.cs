using System;
using System.Management.Automation;

namespace JiraAuth.Vault
{
    /// <summary>A SecretManagement failure already classified, with the commands that fix it.</summary>
    public sealed class VaultException : Exception
    {
        public VaultException(string message, string errorId, ErrorCategory category, string recommendedAction = null, Exception inner = null)
            : base(message, inner)
        {
            ErrorId = errorId;
            Category = category;
            RecommendedAction = recommendedAction;
        }

        public string ErrorId { get; }
        public ErrorCategory Category { get; }
        public string RecommendedAction { get; }
    }
}
