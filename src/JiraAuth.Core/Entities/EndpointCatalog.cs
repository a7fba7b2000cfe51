using System.Collections.Generic;

namespace JiraAuth.Core.Entities
{
    /// <summary>
    /// The endpoints whose objects get a type name, from Atlassian's API references:
    /// https://developer.atlassian.com/cloud/jira/platform/rest/v3/ (issues, projects, users, fields, comments) and
    /// https://developer.atlassian.com/cloud/jira/software/rest/ (boards, sprints, their issues); Data Center's v2 has the same paths.
    /// The first rule that matches wins, so literal paths come before the "{}" ones that would also match them.
    /// </summary>
    internal static class EndpointCatalog
    {
        private const JiraApiFamily Platform = JiraApiFamily.Platform;
        private const JiraApiFamily Agile = JiraApiFamily.Agile;

        public static IReadOnlyList<EndpointRule> Rules { get; } = new[]
        {
            new EndpointRule(Platform, "search/jql", JiraEntityKind.Issue, "issues", "GET", "POST"),
            new EndpointRule(Platform, "search", JiraEntityKind.Issue, "issues", "GET", "POST"),
            new EndpointRule(Platform, "issue/{}", JiraEntityKind.Issue),
            new EndpointRule(Platform, "issue/{}/comment", JiraEntityKind.Comment, "comments", "GET", "POST"),
            new EndpointRule(Platform, "issue/{}/comment/{}", JiraEntityKind.Comment, null, "GET", "PUT"),
            new EndpointRule(Platform, "comment/list", JiraEntityKind.Comment, "values", "POST"),
            new EndpointRule(Platform, "project/search", JiraEntityKind.Project, "values"),
            new EndpointRule(Platform, "project/recent", JiraEntityKind.Project),
            new EndpointRule(Platform, "project", JiraEntityKind.Project),
            new EndpointRule(Platform, "project/{}", JiraEntityKind.Project),
            new EndpointRule(Platform, "myself", JiraEntityKind.User),
            new EndpointRule(Platform, "user", JiraEntityKind.User),
            new EndpointRule(Platform, "user/search", JiraEntityKind.User),
            new EndpointRule(Platform, "user/assignable/search", JiraEntityKind.User),
            new EndpointRule(Platform, "user/assignable/multiProjectSearch", JiraEntityKind.User),
            new EndpointRule(Platform, "user/viewissue/search", JiraEntityKind.User),
            new EndpointRule(Platform, "user/permission/search", JiraEntityKind.User),
            new EndpointRule(Platform, "users", JiraEntityKind.User),
            new EndpointRule(Platform, "users/search", JiraEntityKind.User),
            new EndpointRule(Platform, "group/member", JiraEntityKind.User, "values"),
            new EndpointRule(Platform, "field", JiraEntityKind.Field),
            new EndpointRule(Platform, "field/search", JiraEntityKind.Field, "values"),
            new EndpointRule(Agile, "board", JiraEntityKind.Board, "values"),
            new EndpointRule(Agile, "board/{}", JiraEntityKind.Board),
            new EndpointRule(Agile, "board/{}/sprint", JiraEntityKind.Sprint, "values"),
            new EndpointRule(Agile, "sprint/{}", JiraEntityKind.Sprint),
            new EndpointRule(Agile, "board/{}/project", JiraEntityKind.Project, "values"),
            new EndpointRule(Agile, "board/{}/issue", JiraEntityKind.Issue, "issues"),
            new EndpointRule(Agile, "board/{}/backlog", JiraEntityKind.Issue, "issues"),
            new EndpointRule(Agile, "board/{}/sprint/{}/issue", JiraEntityKind.Issue, "issues"),
            new EndpointRule(Agile, "board/{}/epic/{}/issue", JiraEntityKind.Issue, "issues"),
            new EndpointRule(Agile, "sprint/{}/issue", JiraEntityKind.Issue, "issues"),
            new EndpointRule(Agile, "epic/{}/issue", JiraEntityKind.Issue, "issues"),
            new EndpointRule(Agile, "issue/{}", JiraEntityKind.Issue),
        };
    }
}
