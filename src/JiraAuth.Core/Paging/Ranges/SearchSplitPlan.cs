using System.Collections.Generic;
using System.Globalization;

namespace JiraAuth.Core.Paging.Ranges
{
    /// <summary>What the planner decided: one chain (and why), or id ranges to read side by side.</summary>
    internal sealed class SearchSplitPlan
    {
        private SearchSplitPlan(string oneChainReason, IReadOnlyList<IdRange> ranges, bool descending, long? approximateCount, long lowest, long highest)
        {
            OneChainReason = oneChainReason;
            Ranges = ranges;
            Descending = descending;
            ApproximateCount = approximateCount;
            Lowest = lowest;
            Highest = highest;
        }

        /// <summary>Set when the search stays one chain: why, for -Verbose.</summary>
        public string OneChainReason { get; }

        public bool IsOneChain => OneChainReason != null;

        /// <summary>In ascending id order (read in reverse when <see cref="Descending"/>).</summary>
        public IReadOnlyList<IdRange> Ranges { get; }

        public bool Descending { get; }

        public long? ApproximateCount { get; }

        public long Lowest { get; }

        public long Highest { get; }

        public static SearchSplitPlan OneChain(string reason, long? approximateCount = null) =>
            new SearchSplitPlan(reason, null, false, approximateCount, 0, 0);

        public static SearchSplitPlan Split(IReadOnlyList<IdRange> ranges, bool descending, long? approximateCount, long lowest, long highest) =>
            new SearchSplitPlan(null, ranges, descending, approximateCount, lowest, highest);

        public string Describe(int chains)
        {
            var about = ApproximateCount.HasValue ? ", about " + ApproximateCount.Value.ToString("#,0", CultureInfo.InvariantCulture) + " issues" : "";
            return "search/jql: " + Ranges.Count + " id ranges (ids " + Lowest.ToString(CultureInfo.InvariantCulture) + " to "
                + Highest.ToString(CultureInfo.InvariantCulture) + about + "), up to " + chains + " at once; items come in "
                + (Descending ? "descending" : "ascending") + " id order.";
        }
    }
}
