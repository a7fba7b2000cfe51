namespace JiraAuth.Core.Paging.Ranges
{
    /// <summary>A snapshot of a ranged export after one page has reached the output, for a progress bar.</summary>
    internal sealed class RangeProgress
    {
        public RangeProgress(long itemsReceived, long? approximateCount, int ranges, int rangesFetched, int rangesFetching)
        {
            ItemsReceived = itemsReceived;
            ApproximateCount = approximateCount;
            Ranges = ranges;
            RangesFetched = rangesFetched;
            RangesFetching = rangesFetching;
        }

        /// <summary>Items in the pages that reached the output so far (skipped ones included).</summary>
        public long ItemsReceived { get; }

        /// <summary>Jira's estimate of the search's size (search/approximate-count); null when it could not be had.</summary>
        public long? ApproximateCount { get; }

        public int Ranges { get; }

        /// <summary>Ranges whose every page has arrived.</summary>
        public int RangesFetched { get; }

        /// <summary>Ranges whose chain is running now (at most the throttle limit).</summary>
        public int RangesFetching { get; }

        public int RangesWaiting => Ranges - RangesFetched - RangesFetching;

        /// <summary>0–100 when the count is known, else null. The count is an estimate, so the share is capped below 100 until the end.</summary>
        public int? PercentComplete =>
            ApproximateCount.HasValue && ApproximateCount.Value > 0 ? (int?)System.Math.Min(99, ItemsReceived * 100 / ApproximateCount.Value) : null;
    }
}
