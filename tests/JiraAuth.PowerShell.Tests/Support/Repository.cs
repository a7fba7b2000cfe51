using System;
using System.IO;

namespace JiraAuth.PowerShell.Tests.Support
{
    internal static class Repository
    {
        private static readonly Lazy<string> LazyRoot = new Lazy<string>(() =>
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "JiraAuth.sln"))) return dir.FullName;
            }
            throw new InvalidOperationException("JiraAuth.sln not found above " + AppContext.BaseDirectory);
        });

        public static string Root => LazyRoot.Value;

        public static string ModuleManifest => Path.Combine(Root, "out", "JiraAuth", "JiraAuth.psd1");

        public static string StubModules => Path.Combine(AppContext.BaseDirectory, "Stubs");

        public static string StubSecretManagement =>
            Path.Combine(StubModules, "Microsoft.PowerShell.SecretManagement", "Microsoft.PowerShell.SecretManagement.psd1");
    }
}
