using System;
using System.Collections.Generic;
using System.IO;

namespace JiraAuth.PwshHost
{
    /// <summary>
    /// A fresh temporary folder to use as a child process's home, so PowerShell, SecretManagement and SecretStore keep
    /// their files (vault registry, store, history, module cache) there and never read or change the user's own.
    /// Deleted on Dispose.
    /// </summary>
    public sealed class ThrowawayHome : IDisposable
    {
        public ThrowawayHome()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "jiraauth-home-" + Guid.NewGuid().ToString("N").Substring(0, 12));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        /// <summary>
        /// The variables that decide where per-user files go: HOME and the XDG folders on Linux and macOS (.NET's
        /// LocalApplicationData is $XDG_DATA_HOME or ~/.local/share), USERPROFILE, APPDATA and LOCALAPPDATA on Windows.
        /// </summary>
        public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
        {
            ["HOME"] = Path,
            ["XDG_DATA_HOME"] = System.IO.Path.Combine(Path, ".local", "share"),
            ["XDG_CONFIG_HOME"] = System.IO.Path.Combine(Path, ".config"),
            ["XDG_CACHE_HOME"] = System.IO.Path.Combine(Path, ".cache"),
            ["USERPROFILE"] = Path,
            ["APPDATA"] = System.IO.Path.Combine(Path, "AppData", "Roaming"),
            ["LOCALAPPDATA"] = System.IO.Path.Combine(Path, "AppData", "Local"),
        };

        public void Dispose()
        {
            try
            {
                if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A child that is still exiting may hold a file for a moment; a leftover temp folder is harmless.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
