namespace JiraAuth.Core.Entities
{
    /// <summary>The Jira objects that get a type name of their own (and so a default view) when they come back from a known endpoint.</summary>
    internal enum JiraEntityKind
    {
        Issue,
        Project,
        User,
        Board,
        Sprint,
        Field,
        Comment,
    }
}
