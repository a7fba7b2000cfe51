namespace JiraAuth.Core.Http
{
    /// <summary>Whether the pipeline may send a request again after a lost answer, a 5xx or a 429.</summary>
    internal enum RepeatRule
    {
        /// <summary>By its method: idempotent methods on failures and 5xx, every method on 429.</summary>
        ByMethod,

        /// <summary>A POST that does the same thing however often it arrives (an OAuth client-credentials grant): treated like a GET.</summary>
        LikeIdempotent,

        /// <summary>Sent once, whatever happens (an OAuth refresh or code exchange: a second send could count as reuse).</summary>
        Never,
    }
}
