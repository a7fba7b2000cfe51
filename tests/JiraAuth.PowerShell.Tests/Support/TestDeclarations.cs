using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace JiraAuth.PowerShell.Tests.Support
{
    /// <summary>
    /// Every public void/Task method in the repository's test sources, by "Class.Method" (the file name is the class), with
    /// the attributes written above it: enough to tell a test from a helper and a skipped test from one that runs.
    /// </summary>
    internal static class TestDeclarations
    {
        private static readonly Regex Method = new Regex(@"^[ \t]*public\s+(?:async\s+)?(?:void|Task)\s+(\w+)\s*\(", RegexOptions.Multiline);
        private static readonly Regex AttributeLine = new Regex(@"^\s*\[.*\]\s*$");

        /// <summary>"Class.Method" → the attribute lines just above the declaration (empty for a helper with none).</summary>
        public static IReadOnlyDictionary<string, string> All()
        {
            var declarations = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, "tests"), "*.cs", SearchOption.AllDirectories))
            {
                if (file.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar)
                    || file.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar)) continue;
                var className = Path.GetFileNameWithoutExtension(file);
                var text = File.ReadAllText(file);
                foreach (Match match in Method.Matches(text)) declarations[className + "." + match.Groups[1].Value] = AttributesAbove(text, match.Index);
            }
            return declarations;
        }

        /// <summary>A [Fact] or [Theory] without a Skip: a test that runs wherever the suite runs.</summary>
        public static bool IsUnconditionalTest(string attributes) =>
            (attributes.Contains("[Fact") || attributes.Contains("[Theory")) && !attributes.Contains("Skip");

        /// <summary>
        /// Facts that run wherever what they need is present and otherwise skip saying what is missing (the real vault
        /// modules and the test pwsh). A row naming one is counted only where it ran and passed; elsewhere the run prints the gap.
        /// </summary>
        private static readonly string[] EnvironmentFacts = { "[RealSecretStoreFact]" };

        /// <summary>A test a reliability row may name: one that always runs, or an environment fact that skips visibly.</summary>
        public static bool IsCountableTest(string attributes) =>
            IsUnconditionalTest(attributes) || EnvironmentFacts.Any(fact => attributes.Split('\n').Contains(fact));

        private static string AttributesAbove(string text, int declaration)
        {
            var lines = text.Substring(0, declaration).Split('\n').Reverse().Skip(1);
            return string.Join("\n", lines.TakeWhile(l => AttributeLine.IsMatch(l)).Reverse().Select(l => l.Trim()));
        }
    }
}
