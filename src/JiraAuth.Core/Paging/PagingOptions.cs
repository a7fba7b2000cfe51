using System;

namespace JiraAuth.Core.Paging
{
    /// <summary>Item-level limits (counted over items, never pages) and callbacks for progress and warnings.</summary>
    public sealed class PagingOptions
    {
        /// <summary>Stop after this many items in total; null means all. Once reached, no further page is requested.</summary>
        public long? First { get; set; }

        /// <summary>Drop this many items from the start. On offset-style endpoints the paginator jumps startAt past skipped items instead of fetching them.</summary>
        public long Skip { get; set; }

        /// <summary>Called after each page arrives, before its items are yielded (PowerShell uses it for Write-Progress).</summary>
        public Action<PageProgress> OnPage { get; set; }

        /// <summary>Called with each page's response (status, headers), so callers can report the last one.</summary>
        public Action<Http.JiraResponse> OnResponse { get; set; }

        /// <summary>Called when paging stops for a reason the user should know about (a repeated token, a server that ignores startAt).</summary>
        public Action<string> OnWarning { get; set; }
    }
}
