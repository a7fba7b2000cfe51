using System;
using System.IO;

namespace JiraAuth.Core.Tests.Support
{
    /// <summary>Locates ../shared/reference beside the repository (present on developer machines and in CI, never copied into the project).</summary>
    public static class Fixtures
    {
        private static readonly Lazy<string> ReferenceRoot = new Lazy<string>(FindReferenceRoot);

        public static bool Available => ReferenceRoot.Value != null;

        public static string MissingMessage => "Skipped: ../shared/reference/fixtures was not found beside the repository.";

        public static string RepositoryRoot
        {
            get
            {
                for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
                {
                    if (File.Exists(Path.Combine(dir.FullName, "JiraAuth.sln"))) return dir.FullName;
                }
                throw new InvalidOperationException("JiraAuth.sln not found above " + AppContext.BaseDirectory);
            }
        }

        /// <summary>Reads reference/fixtures/{relativePath}; call only when <see cref="Available"/>.</summary>
        public static string Read(string relativePath)
        {
            if (!Available) throw new InvalidOperationException(MissingMessage);
            return File.ReadAllText(Path.Combine(ReferenceRoot.Value, "fixtures", relativePath));
        }

        public static string PathOf(string relativePathUnderReference) => Path.Combine(ReferenceRoot.Value, relativePathUnderReference);

        private static string FindReferenceRoot()
        {
            var candidate = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "reference"));
            return Directory.Exists(Path.Combine(candidate, "fixtures")) ? candidate : null;
        }
    }
}
