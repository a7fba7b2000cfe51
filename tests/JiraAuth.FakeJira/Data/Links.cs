namespace JiraAuth.FakeJira.Data
{
    /// <summary>Builds "self" URLs that point back at whichever base (site, context path or gateway) the client used.</summary>
    internal sealed class Links
    {
        public Links(string apiBase, string apiVersion)
        {
            Base = apiBase;
            ApiVersion = apiVersion;
        }

        public string Base { get; }

        /// <summary>"2", "3" or "latest", echoing the request so clients see consistent links.</summary>
        public string ApiVersion { get; }

        public bool UsesAdf => ApiVersion == "3";

        public string Api(string relative) => $"{Base}/rest/api/{ApiVersion}/{relative}";

        public string Agile(string relative) => $"{Base}/rest/agile/1.0/{relative}";

        public string Site(string relative) => $"{Base}/{relative}";
    }
}
