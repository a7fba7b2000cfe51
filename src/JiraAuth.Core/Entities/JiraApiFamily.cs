namespace JiraAuth.Core.Entities
{
    /// <summary>Which of Jira's REST APIs a path belongs to: the platform API (/rest/api/2, 3 or latest) or Jira Software's (/rest/agile/1.0).</summary>
    internal enum JiraApiFamily
    {
        Platform,
        Agile,
    }
}
