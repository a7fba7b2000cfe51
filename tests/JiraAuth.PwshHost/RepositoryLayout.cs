using System;
using System.IO;

namespace JiraAuth.PwshHost
{
    /// <summary>Where the repository, the built module, the test pwsh and the shared real PowerShell modules are.</summary>
    public static class RepositoryLayout
    {
        private static readonly Lazy<string> LazyRoot = new Lazy<string>(FindRoot);

        /// <summary>The folder holding JiraAuth.sln, found upwards from this assembly.</summary>
        public static string Root => LazyRoot.Value;

        /// <summary>out/JiraAuth/JiraAuth.psd1, the module as <c>dotnet build</c> lays it out.</summary>
        public static string ModuleManifest => Path.Combine(Root, "out", "JiraAuth", "JiraAuth.psd1");

        /// <summary>out/pwsh: the test pwsh (tests/JiraAuth.Pwsh) with its built-in modules and Pester; its $PSHOME.</summary>
        public static string PwshFolder => Path.Combine(Root, "out", "pwsh");

        /// <summary>tests/Pester.</summary>
        public static string PesterFolder => Path.Combine(Root, "tests", "Pester");

        /// <summary>
        /// ../shared/tools/powershell-modules beside the repository: the real SecretManagement 1.1.2 and SecretStore 1.0.6.
        /// Null where that folder is absent (tests that need it skip and say so).
        /// </summary>
        public static string SharedPowerShellModules
        {
            get
            {
                string folder = Path.GetFullPath(Path.Combine(Root, "..", "shared", "tools", "powershell-modules"));
                return Directory.Exists(Path.Combine(folder, "Microsoft.PowerShell.SecretStore")) ? folder : null;
            }
        }

        private static string FindRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "JiraAuth.sln"))) return dir.FullName;
            }
            throw new InvalidOperationException("JiraAuth.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
