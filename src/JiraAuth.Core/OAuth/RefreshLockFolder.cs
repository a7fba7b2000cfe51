using System;
using System.Collections.Concurrent;
using System.IO;

namespace JiraAuth.Core.OAuth
{
    /// <summary>
    /// Where refresh locks live: the folder named by JIRAAUTH_LOCK_DIRECTORY when it is set (a share or mount that every
    /// server of a farm writes, so servers sharing one saved sign-in take turns), otherwise the user profile
    /// (<see cref="CrossProcessLock.DefaultDirectory"/>, which serialises the processes of one machine only).
    /// </summary>
    internal static class RefreshLockFolder
    {
        public const string EnvironmentVariable = "JIRAAUTH_LOCK_DIRECTORY";

        private static readonly ConcurrentDictionary<string, bool> Writable = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);

        /// <summary>The shared folder named by <see cref="EnvironmentVariable"/>, or null when it is not set.</summary>
        public static string Shared
        {
            get
            {
                var value = Environment.GetEnvironmentVariable(EnvironmentVariable);
                return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
            }
        }

        /// <summary>Read at every use, so a job may set the variable after importing the module.</summary>
        public static string Current => Shared ?? CrossProcessLock.DefaultDirectory;

        /// <summary>
        /// Creates the folder and proves a file can be made in it, once per folder and process, so that an unusable
        /// folder is a clear error instead of a lock that is retried until it times out.
        /// </summary>
        /// <exception cref="RefreshLockFolderException">The folder cannot be created or written.</exception>
        public static void EnsureWritable(string folder)
        {
            if (Writable.ContainsKey(folder)) return;
            try
            {
                Directory.CreateDirectory(folder);
                var probe = Path.Combine(folder, ".probe-" + Guid.NewGuid().ToString("N"));
                using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
                {
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException || e is ArgumentException)
            {
                throw Unusable(folder, e);
            }
            Writable[folder] = true;
        }

        public static RefreshLockFolderException Unusable(string folder, Exception cause)
        {
            var message = IsShared(folder)
                ? $"{EnvironmentVariable} is set to '{folder}', but this process cannot create or write files there ({cause.Message}). "
                    + "Refresh locks of saved 3LO connections live in that folder, so no token can be refreshed. Give this account write access "
                    + $"to it, or point {EnvironmentVariable} at a folder every server of the job can write (a UNC share or a mount); "
                    + "on a single server, remove the variable to keep the locks in the user profile."
                : $"The refresh-lock folder '{folder}' cannot be created or written ({cause.Message}), so no token of a saved 3LO connection "
                    + $"can be refreshed. Give this account write access to it, or set {EnvironmentVariable} to a folder it can write.";
            return new RefreshLockFolderException(folder, message, cause);
        }

        /// <summary>The folder is the one <see cref="EnvironmentVariable"/> names: other servers may hold its locks.</summary>
        public static bool IsShared(string folder)
        {
            var shared = Shared;
            return shared != null && string.Equals(SafeFullPath(shared), SafeFullPath(folder), StringComparison.Ordinal);
        }

        private static string SafeFullPath(string folder)
        {
            try
            {
                return Path.GetFullPath(folder);
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException)
            {
                return folder;
            }
        }
    }
}
