using System;

namespace JiraAuth.Core.Paging
{
    /// <summary>
    /// -Skip and -First, counted over items (never pages), for paged and unpaged output alike: the one place that decides
    /// which items go out and when no more are wanted.
    /// </summary>
    internal sealed class ItemWindow
    {
        public ItemWindow(long skip, long? first)
        {
            if (skip < 0) throw new ArgumentOutOfRangeException(nameof(skip), "Skip cannot be negative.");
            if (first < 0) throw new ArgumentOutOfRangeException(nameof(first), "First cannot be negative.");
            RemainingSkip = skip;
            RemainingFirst = first;
        }

        public long RemainingSkip { get; private set; }

        /// <summary>Items still to hand out; null means all.</summary>
        public long? RemainingFirst { get; private set; }

        /// <summary>True once -First items went out: nothing more is wanted, so nothing more should be fetched.</summary>
        public bool IsFull => RemainingFirst == 0;

        /// <summary>Counts the next item: true to hand it out, false to drop it (skipped).</summary>
        public bool Admit()
        {
            if (IsFull) return false;
            if (RemainingSkip > 0)
            {
                RemainingSkip--;
                return false;
            }
            if (RemainingFirst.HasValue) RemainingFirst--;
            return true;
        }

        /// <summary>Items wanted after a page of <paramref name="count"/> items has gone through; null means all.</summary>
        public long? WantedAfter(long count)
        {
            if (!RemainingFirst.HasValue) return null;
            var handedOut = Math.Max(0, count - RemainingSkip);
            return Math.Max(0, RemainingFirst.Value - handedOut);
        }

        /// <summary>
        /// Takes out the part of the skip that lies wholly beyond a page of <paramref name="count"/> items, for endpoints where
        /// the next request can jump over it instead of fetching it.
        /// </summary>
        public long TakeSkipBeyond(long count)
        {
            var beyond = Math.Max(0, RemainingSkip - count);
            RemainingSkip -= beyond;
            return beyond;
        }
    }
}
