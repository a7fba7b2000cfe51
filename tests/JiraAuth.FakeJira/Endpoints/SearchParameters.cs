namespace JiraAuth.FakeJira.Endpoints
{
    /// <summary>Search inputs after merging the GET query string and POST body forms.</summary>
    internal sealed class SearchParameters
    {
        public string Jql { get; set; }
        public string NextPageToken { get; set; }
        public int? MaxResults { get; set; }
        public int? StartAt { get; set; }
        public string[] Fields { get; set; }
    }
}
