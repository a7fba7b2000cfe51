using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace JiraAuth.Benchmarks
{
    /// <summary>What the bench site reads from a JQL: the id range terms the ranged export adds, and ORDER BY id DESC.</summary>
    internal sealed class BenchJql
    {
        private static readonly Regex IdTerm = new Regex(@"\bid\s*(>=|<)\s*(\d+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        private static readonly Regex DescendingOrder = new Regex(@"order\s+by\s+id\s+desc\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private BenchJql(long lowest, long highest, bool descending)
        {
            Lowest = lowest;
            Highest = highest;
            Descending = descending;
        }

        /// <summary>Lowest id that matches (inclusive).</summary>
        public long Lowest { get; }

        /// <summary>Highest id that matches (inclusive); below Lowest when nothing matches.</summary>
        public long Highest { get; }

        public bool Descending { get; }

        /// <summary>Every issue of the bench site has an id from 10001 to 10000 + <paramref name="total"/>.</summary>
        public static BenchJql Read(string jql, long total)
        {
            long lowest = 10001, highest = 10000 + total;
            foreach (Match term in IdTerm.Matches(jql ?? string.Empty))
            {
                var bound = long.Parse(term.Groups[2].Value, CultureInfo.InvariantCulture);
                if (term.Groups[1].Value == ">=") lowest = Math.Max(lowest, bound);
                else highest = Math.Min(highest, bound - 1);
            }
            return new BenchJql(lowest, highest, DescendingOrder.IsMatch(jql ?? string.Empty));
        }
    }
}
