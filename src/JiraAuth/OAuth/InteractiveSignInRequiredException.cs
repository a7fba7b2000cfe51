using System;
using JiraAuth.Core.Errors;

namespace JiraAuth.OAuth
{
    /// <summary>A 3LO sign-in was asked for where nobody can answer; the remedy names the command to run once interactively.</summary>
    public sealed class InteractiveSignInRequiredException : InvalidOperationException
    {
        public InteractiveSignInRequiredException(string message, Remedy remedy) : base(message)
        {
            Remedy = remedy;
        }

        /// <summary>Shown as the recommended action only (not attached to Data, which would append it to the message).</summary>
        public Remedy Remedy { get; }
    }
}
