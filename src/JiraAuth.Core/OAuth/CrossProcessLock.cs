using System;
using System.Collections.Concurrent;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace JiraAuth.Core.OAuth
{
    /// <summary>
    /// An exclusive lock shared by every process of this user, keyed by a saved connection: a lock file held open with
    /// FileShare.None (a share-mode lock on Windows, flock on Linux and macOS). The operating system releases it when the
    /// process exits or dies, so a crashed scheduled task never blocks the next one. The file also carries
    /// <see cref="RotationLockState"/>. The folder is <see cref="RefreshLockFolder.Current"/> unless a caller names one.
    /// </summary>
    internal static class CrossProcessLock
    {
        private static readonly ConcurrentDictionary<string, SemaphoreSlim> InProcess = new ConcurrentDictionary<string, SemaphoreSlim>(StringComparer.Ordinal);

        /// <summary>
        /// %LOCALAPPDATA%\JiraAuth\locks on Windows, ~/.local/share/JiraAuth/locks elsewhere: per user, never roamed. Used when
        /// JIRAAUTH_LOCK_DIRECTORY is not set (<see cref="RefreshLockFolder"/>).
        /// </summary>
        public static string DefaultDirectory
        {
            get
            {
                var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
                if (string.IsNullOrEmpty(root)) root = Path.GetTempPath();
                return Path.Combine(root, "JiraAuth", "locks");
            }
        }

        public static string PathFor(string key, string directory = null)
        {
            using (var sha = SHA256.Create())
            {
                var hash = sha.ComputeHash(Encoding.UTF8.GetBytes((key ?? string.Empty).ToLowerInvariant()));
                var name = BitConverter.ToString(hash, 0, 16).Replace("-", string.Empty).ToLowerInvariant();
                return Path.Combine(directory ?? RefreshLockFolder.Current, name + ".lock");
            }
        }

        /// <exception cref="TimeoutException">Another process held the lock for longer than <paramref name="timeout"/>.</exception>
        /// <exception cref="RefreshLockFolderException">The lock's folder cannot be created or written.</exception>
        public static async Task<HeldLock> AcquireAsync(string path, TimeSpan timeout, CancellationToken cancellationToken)
        {
            RefreshLockFolder.EnsureWritable(Path.GetDirectoryName(path));
            // Threads of this process queue here instead of spinning on the file.
            var gate = InProcess.GetOrAdd(path, _ => new SemaphoreSlim(1, 1));
            if (!await gate.WaitAsync(timeout, cancellationToken).ConfigureAwait(false)) throw Timeout(path, timeout);
            try
            {
                var deadline = DateTime.UtcNow + timeout;
                var random = new Random();
                while (true)
                {
                    try
                    {
                        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 4096, FileOptions.None);
                        return new HeldLock(stream, gate);
                    }
                    catch (IOException) when (DateTime.UtcNow < deadline)
                    {
                        await Task.Delay(25 + random.Next(50), cancellationToken).ConfigureAwait(false);
                    }
                    catch (UnauthorizedAccessException e)
                    {
                        // Another account's lock file in a shared folder: waiting would not help.
                        throw RefreshLockFolder.Unusable(Path.GetDirectoryName(path), e);
                    }
                    catch (IOException)
                    {
                        throw Timeout(path, timeout);
                    }
                }
            }
            catch
            {
                gate.Release();
                throw;
            }
        }

        private static TimeoutException Timeout(string path, TimeSpan timeout)
        {
            var folder = Path.GetDirectoryName(path);
            // The operating system frees a dead process's lock, so a lock held this long belongs to a live process somewhere.
            var holders = RefreshLockFolder.IsShared(folder)
                ? $"If no JiraAuth job is running on any server that shares {folder} ({RefreshLockFolder.EnvironmentVariable}), "
                : "If no PowerShell process of this user is running on this machine, ";
            return new TimeoutException($"Another JiraAuth process held the token lock {path} for more than {(int)timeout.TotalSeconds} s; "
                + "it may be stuck refreshing. " + holders + "delete the file and try again.");
        }
    }
}
