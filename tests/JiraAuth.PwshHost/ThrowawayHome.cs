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

        /// <summary>The variables that make <see cref="Path"/> a child process's home (see <see cref="EnvironmentFor"/>).</summary>
        public IReadOnlyDictionary<string, string> Environment => EnvironmentFor(Path);

        /// <summary>
        /// The variables that decide where per-user files go, all pointed into <paramref name="home"/>: HOME and the XDG
        /// folders on Linux and macOS (.NET's LocalApplicationData is $XDG_DATA_HOME or ~/.local/share), USERPROFILE,
        /// APPDATA and LOCALAPPDATA on Windows.
        /// </summary>
        public static IReadOnlyDictionary<string, string> EnvironmentFor(string home) => new Dictionary<string, string>
        {
            ["HOME"] = home,
            ["XDG_DATA_HOME"] = System.IO.Path.Combine(home, ".local", "share"),
            ["XDG_CONFIG_HOME"] = System.IO.Path.Combine(home, ".config"),
            ["XDG_CACHE_HOME"] = System.IO.Path.Combine(home, ".cache"),
            ["USERPROFILE"] = home,
            ["APPDATA"] = System.IO.Path.Combine(home, "AppData", "Roaming"),
            ["LOCALAPPDATA"] = System.IO.Path.Combine(home, "AppData", "Local"),
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
