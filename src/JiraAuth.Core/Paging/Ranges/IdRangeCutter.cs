using System;
using System.Collections.Generic;

namespace JiraAuth.Core.Paging.Ranges
{
    /// <summary>
    /// Cuts the ids between the lowest and highest match into ranges of equal width: at least <see cref="RangesPerChain"/> per
    /// chain, so a dense range does not leave the other chains idle at the end; for a large export (the count known) so many
    /// that a range holds about <see cref="TargetPagesPerRange"/> pages, which its chain can fetch whole while earlier ranges
    /// are written; and never so many that a range holds less than about <see cref="MinPagesPerRange"/> pages.
    /// </summary>
    internal static class IdRangeCutter
    {
        public const int RangesPerChain = 4;
        public const int TargetPagesPerRange = 4;
        public const int MinPagesPerRange = 2;

        /// <param name="lowest">The lowest id that matched when the bounds were asked.</param>
        /// <param name="highest">The highest id that matched.</param>
        /// <param name="approximateCount">Jira's estimate of the matches; null when unknown.</param>
        /// <param name="pageSize">Issues per page asked for.</param>
        /// <param name="chains">How many chains may run at once.</param>
        /// <returns>Ranges in ascending id order, covering every id; a single range means splitting would not help.</returns>
        public static IReadOnlyList<IdRange> Cut(long lowest, long highest, long? approximateCount, long pageSize, int chains)
        {
            if (highest < lowest) throw new ArgumentException("The highest id is below the lowest.", nameof(highest));
            var span = highest - lowest + 1;
            long count = chains * (long)RangesPerChain;
            if (approximateCount.HasValue)
            {
                var pages = (approximateCount.Value + Math.Max(1, pageSize) - 1) / Math.Max(1, pageSize);
                count = Math.Max(count, (pages + TargetPagesPerRange - 1) / TargetPagesPerRange);
                count = Math.Min(count, pages / MinPagesPerRange);
            }
            count = Math.Min(count, span);
            if (count < 2) return new[] { new IdRange(null, null) };

            var ranges = new List<IdRange>((int)count);
            long? lower = null;
            for (long i = 1; i < count; i++)
            {
                // lowest + span * i / count without overflowing for any long ids.
                var upper = lowest + span / count * i + span % count * i / count;
                ranges.Add(new IdRange(lower, upper));
                lower = upper;
            }
            ranges.Add(new IdRange(lower, null));
            return ranges;
        }
    }
}
