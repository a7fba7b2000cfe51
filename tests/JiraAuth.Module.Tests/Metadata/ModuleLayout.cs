using System;
using System.IO;

namespace JiraAuth.Module.Tests.Metadata
{
    /// <summary>Where the built module and the PowerShell reference assembly live, found from the test's own location.</summary>
    internal static class ModuleLayout
    {
        public static string RepositoryRoot { get; } = FindRoot();

        public static string ModuleDirectory => Path.Combine(RepositoryRoot, "out", "JiraAuth");

        public static string ManifestPath => Path.Combine(ModuleDirectory, "JiraAuth.psd1");

        public static string AssemblyPath => Path.Combine(ModuleDirectory, "JiraAuth.dll");

        public static string SourceManifestPath => Path.Combine(RepositoryRoot, "JiraAuth.psd1");

        public static string PowerShellReferenceAssembly
        {
            get
            {
                var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
                if (string.IsNullOrEmpty(packages))
                {
                    packages = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
                }
                return Path.Combine(packages, "powershellstandard.library", "5.1.1", "lib", "netstandard2.0", "System.Management.Automation.dll");
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
