using System.Collections.Generic;

namespace JiraAuth.FakeJira.OAuth
{
    /// <summary>One entry of /oauth/token/accessible-resources.</summary>
    public sealed class AccessibleResource
    {
        public string Id { get; init; }
        public string Name { get; init; }
        public string Url { get; init; }
        public IReadOnlyList<string> Scopes { get; init; } = new[] { "read:jira-work", "read:jira-user", "write:jira-work" };
    }
}
