using System;
using System.IO;

namespace JiraAuth.Core.OAuth
{
    /// <summary>
    /// Shows other processes that the one process with a rotated refresh token it could not save is still alive: a file
    /// beside the refresh lock, held open with FileShare.None while the token is unsaved. The operating system lets go of
    /// it when that process ends or is killed, so a process that can open the file knows the unsaved token went with it
    /// and the saved one is all that is left.
    /// </summary>
    internal sealed class UnsavedTokenHolder : IDisposable
    {
        private readonly object _sync = new object();
        private FileStream _held;

        public static string PathFor(string lockPath) => lockPath + ".holder";

        public void Hold(string lockPath)
        {
            lock (_sync)
            {
                if (_held != null) return;
                try
                {
                    _held = new FileStream(PathFor(lockPath), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    // Without the file other processes assume this one is alive (IsGone), which is what they did before it existed.
                }
            }
        }

        public void Release()
        {
            lock (_sync)
            {
                _held?.Dispose();
                _held = null;
            }
        }

        public void Dispose() => Release();

        /// <returns>True only when the holder's file exists and opens exclusively: the process that held it has ended.</returns>
        public static bool IsGone(string lockPath)
        {
            try
            {
                using (new FileStream(PathFor(lockPath), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None))
                {
                    return true;
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                // Held (alive), or no file at all (a holder that could not make one, or an older JiraAuth): assume alive.
                return false;
            }
        }
    }
}
