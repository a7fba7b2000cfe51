using System;
using System.IO;
using System.Linq;
using System.Management.Automation.Language;
using Xunit;

namespace JiraAuth.Module.Tests.Metadata
{
    /// <summary>Every PowerShell file in the repository parses (PowerShell 7.6's parser), so a typo fails here, not on a user's machine.</summary>
    public sealed class ScriptParseTests
    {
        private static readonly string[] Extensions = { ".ps1", ".psm1", ".psd1" };
        private static readonly string[] SkippedFolders = { "bin", "obj", "out", ".git" };

        public static TheoryData<string> Scripts()
        {
            var data = new TheoryData<string>();
            foreach (var file in Files()) data.Add(file);
            return data;
        }

        private static System.Collections.Generic.IEnumerable<string> Files()
        {
            return Directory.EnumerateFiles(ModuleLayout.RepositoryRoot, "*", SearchOption.AllDirectories)
                .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Select(f => Path.GetRelativePath(ModuleLayout.RepositoryRoot, f))
                .Where(f => !f.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part =>
                    SkippedFolders.Contains(part, StringComparer.OrdinalIgnoreCase)))
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => f.Replace('\\', '/'));
        }

        [Fact]
        public void The_repository_has_PowerShell_files_to_check()
        {
            var files = Files().ToList();
            Assert.Contains("JiraAuth.psd1", files);
            Assert.Contains("build.ps1", files);
            Assert.Contains(files, f => f.EndsWith(".Tests.ps1", StringComparison.Ordinal));
        }

        [Theory]
        [MemberData(nameof(Scripts))]
        public void Parses_without_errors(string relativePath)
        {
            Parser.ParseFile(Path.Combine(ModuleLayout.RepositoryRoot, relativePath), out _, out var errors);
            Assert.True(errors.Length == 0, relativePath + ": " + string.Join("; ", errors.Select(e => $"line {e.Extent.StartLineNumber}: {e.Message}")));
        }
    }
}
