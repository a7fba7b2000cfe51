using System;

namespace JiraAuth.OAuth
{
    /// <summary>A 3LO sign-in was asked for where nobody can answer; the remedy names the command to run once interactively.</summary>
    public sealed class InteractiveSignInRequiredException : InvalidOperationException
    {
        public InteractiveSignInRequiredException(string message, string remedy) : base(message)
        {
            Remedy = remedy;
        }

        public string Remedy { get; }
    }
}
