using System.Text.Json.Nodes;

namespace JiraAuth.FakeJira.Data
{
    internal static class CommentShapes
    {
        public static JsonObject Comment(Links links, CommentRecord comment) => new JsonObject
        {
            ["self"] = links.Api($"issue/{comment.IssueId}/comment/{comment.Id}"),
            ["id"] = comment.Id,
            ["author"] = UserShapes.DirectoryUser(links, comment.Author),
            ["body"] = IssueShapes.Text(links, comment.Body),
            ["updateAuthor"] = UserShapes.DirectoryUser(links, comment.Author),
            ["created"] = JiraDates.Format(comment.Created),
            ["updated"] = JiraDates.Format(comment.Created),
            ["jsdPublic"] = true,
        };
    }
}
