using System;

namespace JiraAuth.Core.Connections
{
    /// <summary>
    /// No connection by that name (or no default) is registered. An InvalidOperationException, as before, so existing
    /// catch blocks keep working; the module turns it into the JiraConnectionNotFound error with the PowerShell remedy.
    /// </summary>
    public sealed class JiraConnectionNotFoundException : InvalidOperationException
    {
        public JiraConnectionNotFoundException(string message, string connectionName)
            : base(message)
        {
            ConnectionName = connectionName;
        }

        /// <summary>The name that was asked for; null when the default was asked for.</summary>
        public string ConnectionName { get; }
    }
}
