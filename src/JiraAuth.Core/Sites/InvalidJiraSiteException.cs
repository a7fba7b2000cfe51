using System;

namespace JiraAuth.Core.Sites
{
    /// <summary>What the user typed as a site cannot be used; the message says why and what to type instead.</summary>
    public sealed class InvalidJiraSiteException : ArgumentException
    {
        public InvalidJiraSiteException(string input, string message) : base(message)
        {
            Input = input;
        }

        /// <summary>The rejected input (a site address, never a secret).</summary>
        public string Input { get; }
    }
}
