namespace JiraAuth.Core.Paging
{
    /// <summary>What <see cref="PageStyleDetector"/> found: the paging style and, for wrapped pages, which property holds the items.</summary>
    internal sealed class PageShape
    {
        public static readonly PageShape NotPaged = new PageShape(PageStyle.NotPaged, null);
        public static readonly PageShape BareArray = new PageShape(PageStyle.BareArray, null);

        public PageShape(PageStyle style, string itemsProperty)
        {
            Style = style;
            ItemsProperty = itemsProperty;
        }

        public PageStyle Style { get; }

        /// <summary>"values", "issues", "comments", …; null for bare arrays and unpaged bodies.</summary>
        public string ItemsProperty { get; }

        public override string ToString() => ItemsProperty == null ? Style.ToString() : Style + " (" + ItemsProperty + ")";
    }
}
