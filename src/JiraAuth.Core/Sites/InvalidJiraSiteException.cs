using System;
using JiraAuth.Core.Errors;

namespace JiraAuth.Core.Sites
{
    /// <summary>What the user typed as a site cannot be used; the message says why and what to type instead.</summary>
    public sealed class InvalidJiraSiteException : ArgumentException
    {
        public InvalidJiraSiteException(string input, string message) : base(message)
        {
            Input = SafeUri.DescribeText(input);
        }

        /// <summary>The rejected input without user info or query, which may hold a password or token.</summary>
        public string Input { get; }
    }
}
