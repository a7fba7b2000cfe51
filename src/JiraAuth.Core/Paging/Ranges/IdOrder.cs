namespace JiraAuth.Core.Paging.Ranges
{
    /// <summary>How a JQL search orders its issues, as far as splitting it into id ranges is concerned.</summary>
    internal enum IdOrder
    {
        /// <summary>No ORDER BY: Jira picks the order, so ranges may set ascending id.</summary>
        None,

        Ascending,

        Descending,

        /// <summary>Another field, several fields, or an order this reader could not read safely.</summary>
        Other,
    }
}
