namespace JiraAuth.Core.Paging
{
    /// <summary>A snapshot after one page has been received.</summary>
    internal sealed class PageProgress
    {
        public PageProgress(int pageNumber, PageStyle style, int itemsInPage, long itemsReceived, long? total)
        {
            PageNumber = pageNumber;
            Style = style;
            ItemsInPage = itemsInPage;
            ItemsReceived = itemsReceived;
            Total = total;
        }

        /// <summary>1 for the first page.</summary>
        public int PageNumber { get; }

        public PageStyle Style { get; }

        public int ItemsInPage { get; }

        /// <summary>Items received over all pages so far, including skipped ones.</summary>
        public long ItemsReceived { get; }

        /// <summary>The server's total when it sends one (offset style); null otherwise.</summary>
        public long? Total { get; }
    }
}
