using System;
using System.Collections.Concurrent;
using JiraAuth.Core.Auth;
using JiraAuth.Core.OAuth;
using JiraAuth.Core.Storage;

namespace JiraAuth.Connecting
{
    /// <summary>
    /// The warning Connect-JiraCloud gives, once per saved connection and process, when a saved 3LO sign-in was last rotated
    /// on another machine and this one keeps its refresh locks in the user profile: two servers refreshing the same
    /// refresh token at once end the sign-in (Atlassian allows a reuse leeway; other servers and slow vaults need not).
    /// </summary>
    internal static class SharedSignInWarning
    {
        private static readonly ConcurrentDictionary<string, bool> Warned = new ConcurrentDictionary<string, bool>(StringComparer.OrdinalIgnoreCase);

        /// <returns>null when there is nothing to warn about.</returns>
        public static string For(string connectionName, ConnectionRecord record, string machineName, string sharedLockFolder)
        {
            if (record?.AuthMode != AuthMode.OAuth3LO || sharedLockFolder != null || string.IsNullOrEmpty(record.RotatedOn)
                || string.Equals(record.RotatedOn, machineName, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
            return $"The saved 3LO connection '{connectionName}' was last refreshed on {record.RotatedOn}, not on this machine ({machineName}). "
                + "Servers that share one sign-in must also share its refresh locks, or two of them refreshing at once can end the sign-in: "
                + $"set {RefreshLockFolder.EnvironmentVariable} on every server to one folder they all can write, or use a service account "
                + "(Connect-JiraCloud -ServiceAccount), which has no refresh token to share.";
        }

        /// <summary>The warning for this connection, the first time only; null afterwards and when there is nothing to warn about.</summary>
        public static string Once(string connectionName, string vault, ConnectionRecord record)
        {
            var warning = For(connectionName, record, Environment.MachineName, RefreshLockFolder.Shared);
            return warning != null && Warned.TryAdd(vault + "/" + connectionName, true) ? warning : null;
        }
    }
}
