using System;
using System.IO;

namespace JiraAuth.Reliability
{
    /// <summary>The repository a test assembly was built in (the folder holding JiraAuth.sln above it), and its out/test-outcomes.</summary>
    public static class RepositoryFolder
    {
        /// <summary>The repository root above <paramref name="start"/>, or null when there is none (an assembly copied elsewhere).</summary>
        public static string Find(string start)
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "JiraAuth.sln"))) return dir.FullName;
            }
            return null;
        }

        /// <summary>Where this run's outcomes go: out/test-outcomes in the repository of the running assembly, or null outside one.</summary>
        public static string OutcomesFolder
        {
            get
            {
                var root = Find(AppContext.BaseDirectory);
                return root == null ? null : Path.Combine(root, "out", "test-outcomes");
            }
        }
    }
}
