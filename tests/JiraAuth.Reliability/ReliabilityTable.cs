using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace JiraAuth.Reliability
{
    /// <summary>Reads tests/JiraAuth.Core.Tests/RELIABILITY.md: the catalogue of faults and bad inputs, each with the tests that prove it.</summary>
    public static class ReliabilityTable
    {
        public const string Fault = "fault";
        public const string BadInput = "bad input";
        public const string RateLimit = "rate limit";
        public const string Finding = "finding";
        public static readonly IReadOnlyList<string> Kinds = new[] { Fault, BadInput, RateLimit, Finding };

        private static readonly Regex TestName = new Regex("`([^`]+)`");

        public static string PathIn(string repositoryRoot) => Path.Combine(repositoryRoot, "tests", "JiraAuth.Core.Tests", "RELIABILITY.md");

        /// <summary>The table's rows; the last cell names one or more tests, each in backticks.</summary>
        public static IReadOnlyList<ReliabilityRow> Parse(IEnumerable<string> lines)
        {
            var rows = new List<ReliabilityRow>();
            foreach (var line in lines)
            {
                var cells = line.Split('|').Select(c => c.Trim()).ToArray();
                if (cells.Length < 6 || cells[1] == "Kind" || cells[1].StartsWith("-", StringComparison.Ordinal)) continue;
                var tests = TestName.Matches(cells[4]).Cast<Match>().Select(m => m.Groups[1].Value).ToList();
                rows.Add(new ReliabilityRow(cells[1], cells[2], cells[3], tests));
            }
            return rows;
        }

        public static IReadOnlyList<ReliabilityRow> Read(string repositoryRoot) => Parse(File.ReadAllLines(PathIn(repositoryRoot)));
    }
}
