namespace JiraAuth.Core.Sites
{
    /// <summary>The wording of site errors, kept together so every rejection ends with the same example of a good value.</summary>
    internal static class SiteMessages
    {
        public const string GoodExample =
            "Use the site name (acme), its host (acme.atlassian.net) or its URL (https://acme.atlassian.net); " +
            "for Data Center use its base URL (https://jira.example.com/jira).";

        public static string WithExample(string problem) => problem + " " + GoodExample;
    }
}
