namespace JiraAuth.Core.Paging.Ranges
{
    internal enum RangeChainState
    {
        /// <summary>Not started: a chain slot is not free yet.</summary>
        Waiting,

        Fetching,

        /// <summary>Every page of the range has arrived (or the chain stopped on a failure).</summary>
        Fetched,
    }
}
