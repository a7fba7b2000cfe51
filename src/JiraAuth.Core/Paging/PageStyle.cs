namespace JiraAuth.Core.Paging
{
    /// <summary>How a Jira response says where the next page is.</summary>
    internal enum PageStyle
    {
        /// <summary>Not a page: the body (or each element of a top-level array) is the result.</summary>
        NotPaged,

        /// <summary>An object with startAt (maxResults, total, isLast) and one item array: PageBean, SearchResults, PageOfComments, agile lists.</summary>
        Offset,

        /// <summary>An object with nextPageToken and/or isLast and an item array, e.g. /rest/api/3/search/jql; there is no startAt.</summary>
        Token,

        /// <summary>A top-level array whose endpoint pages by the startAt/maxResults query parameters, e.g. /rest/api/3/users/search.</summary>
        BareArray,
    }
}
