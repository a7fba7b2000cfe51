using System;

namespace JiraAuth.Core.Paging
{
    /// <summary>Item-level limits (counted over items, never pages), how many pages may be fetched ahead, and callbacks for progress and warnings.</summary>
    internal sealed class PagingOptions
    {
        /// <summary>Stop after this many items in total; null means all. Once reached, no further page is requested.</summary>
        public long? First { get; set; }

        /// <summary>Drop this many items from the start. On offset-style endpoints the paginator jumps startAt past skipped items instead of fetching
        /// them.</summary>
        public long Skip { get; set; }

        /// <summary>
        /// 0 (the default): lazy, the next page is requested only when the consumer asks for an item beyond this one.
        /// 1: the next page is requested as soon as it is known, while this page's items are consumed (nextPageToken, isLast
        /// and bare-array endpoints always work this way). n &gt; 1: once a startAt page says its total, up to n pages are in
        /// flight at once; items still come out in order.
        /// </summary>
        public int ThrottleLimit { get; set; }

        /// <summary>Called after each page arrives, before its items are yielded (PowerShell uses it for Write-Progress).</summary>
        public Action<PageProgress> OnPage { get; set; }

        /// <summary>Called with each page's response (status, headers), so callers can report the last one.</summary>
        public Action<Http.JiraResponse> OnResponse { get; set; }

        /// <summary>Called when paging stops for a reason the user should know about (a repeated token, a server that ignores startAt).</summary>
        public Action<string> OnWarning { get; set; }

        /// <summary>Called with how a search/jql export is read (id ranges or one chain, and why), for -Verbose.</summary>
        internal Action<string> OnVerbose { get; set; }

        /// <summary>Called after each page of a search/jql export read as id ranges (instead of <see cref="OnPage"/>).</summary>
        internal Action<Ranges.RangeProgress> OnRangeProgress { get; set; }
    }
}
