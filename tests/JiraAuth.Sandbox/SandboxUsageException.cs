using System;

namespace JiraAuth.Sandbox
{
    /// <summary>A command line the sandbox cannot use; the message says why (null: the user asked for help).</summary>
    public sealed class SandboxUsageException : Exception
    {
        public SandboxUsageException(string message) : base(message)
        {
        }
    }
}
