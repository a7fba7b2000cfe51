using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace JiraAuth.PowerShell.Tests.Support
{
    /// <summary>
    /// Reads tests/JiraAuth.Core.Tests/RELIABILITY.md (the table of faults and bad inputs, each with the test that proves
    /// it) and writes the one summary line the test run prints (see the VSTest target in this project and .ci/run).
    /// </summary>
    internal static class ReliabilityReport
    {
        public const string SummaryFileName = "reliability-summary.txt";

        public static string TablePath => Path.Combine(Repository.Root, "tests", "JiraAuth.Core.Tests", "RELIABILITY.md");

        /// <summary>The table's rows: kind (fault, bad input, rate limit, finding), case, behaviour, test reference.</summary>
        public static IReadOnlyList<ReliabilityRow> Rows()
        {
            var rows = new List<ReliabilityRow>();
            foreach (var line in File.ReadAllLines(TablePath))
            {
                var cells = line.Split('|').Select(c => c.Trim()).ToArray();
                if (cells.Length < 6 || cells[1] == "Kind" || cells[1].StartsWith("-", StringComparison.Ordinal)) continue;
                rows.Add(new ReliabilityRow(cells[1], cells[2], cells[3], cells[4].Trim('`')));
            }
            return rows;
        }

        public static void WriteSummary(int scenarios, int leaks)
        {
            var rows = Rows();
            var line = $"Reliability: {scenarios} scenarios swept, {rows.Count(r => r.Kind == "fault")} faults survived, " +
                       $"{rows.Count(r => r.Kind == "bad input")} bad inputs rejected, {leaks} leaks found";
            File.WriteAllText(Path.Combine(AppContext.BaseDirectory, SummaryFileName), line + Environment.NewLine);
        }

        /// <summary>Every test method named in the repository's test sources ("Class.Method").</summary>
        public static ISet<string> TestMethods()
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            var method = new Regex(@"public\s+(?:async\s+)?(?:void|Task)\s+(\w+)\s*\(");
            foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, "tests"), "*.cs", SearchOption.AllDirectories))
            {
                if (file.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar)
                    || file.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar)) continue;
                var className = Path.GetFileNameWithoutExtension(file);
                foreach (Match match in method.Matches(File.ReadAllText(file))) names.Add(className + "." + match.Groups[1].Value);
            }
            return names;
        }
    }

    internal sealed class ReliabilityRow
    {
        public ReliabilityRow(string kind, string @case, string behaviour, string test)
        {
            Kind = kind;
            Case = @case;
            Behaviour = behaviour;
            Test = test;
        }

        public string Kind { get; }
        public string Case { get; }
        public string Behaviour { get; }
        public string Test { get; }
    }
}
