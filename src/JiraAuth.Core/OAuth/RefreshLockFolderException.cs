using System;
using System.IO;

namespace JiraAuth.Core.OAuth
{
    /// <summary>The folder for refresh locks cannot be created or written; the message names it and what to do.</summary>
    public sealed class RefreshLockFolderException : IOException
    {
        public RefreshLockFolderException(string folder, string message, Exception inner) : base(message, inner)
        {
            Folder = folder;
        }

        public string Folder { get; }
    }
}
