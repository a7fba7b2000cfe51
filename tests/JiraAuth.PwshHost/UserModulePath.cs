using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace JiraAuth.PwshHost
{
    /// <summary>
    /// The folders the user's own PowerShell finds modules in (this process's PSModulePath, then PowerShell 7's and Windows
    /// PowerShell's per-user and all-users folders), for a child pwsh that runs with a throw-away HOME and would otherwise
    /// not see them. tests/Pester/VaultModules.ps1 looks there first for SecretManagement and SecretStore; the child
    /// gets them in JIRAAUTH_USER_PSMODULEPATH.
    /// </summary>
    public static class UserModulePath
    {
        public const string VariableName = "JIRAAUTH_USER_PSMODULEPATH";

        public static string Value => string.Join(Path.PathSeparator, Folders());

        public static IReadOnlyList<string> Folders()
        {
            var fromEnvironment = (Environment.GetEnvironmentVariable("PSModulePath") ?? string.Empty)
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
            return fromEnvironment.Concat(DefaultFolders()).Distinct(StringComparer.Ordinal).ToList();
        }

        private static IEnumerable<string> DefaultFolders()
        {
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                string documents = Environment.GetFolderPath(Environment.SpecialFolder.MyDocuments);
                string programFiles = Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles);
                return new[]
                {
                    Path.Combine(documents, "PowerShell", "Modules"), Path.Combine(documents, "WindowsPowerShell", "Modules"),
                    Path.Combine(programFiles, "PowerShell", "Modules"), Path.Combine(programFiles, "WindowsPowerShell", "Modules"),
                };
            }
            string dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
            if (string.IsNullOrEmpty(dataHome)) dataHome = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
            return new[] { Path.Combine(dataHome, "powershell", "Modules"), "/usr/local/share/powershell/Modules" };
        }
    }
}
