using System.Text.Json.Nodes;

namespace JiraAuth.FakeJira.Data
{
    internal static class AttachmentShapes
    {
        public static JsonObject Attachment(Links links, AttachmentRecord attachment) => new JsonObject
        {
            ["self"] = links.Api("attachment/" + attachment.Id),
            ["id"] = attachment.Id,
            ["filename"] = attachment.FileName,
            ["author"] = attachment.Author == null ? null : UserShapes.DirectoryUser(links, attachment.Author),
            ["created"] = JiraDates.Format(attachment.Created),
            ["size"] = attachment.Content.Length,
            ["mimeType"] = attachment.MimeType,
            ["content"] = links.Api("attachment/content/" + attachment.Id),
        };
    }
}
