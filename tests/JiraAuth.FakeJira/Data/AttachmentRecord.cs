using System;

namespace JiraAuth.FakeJira.Data
{
    internal sealed class AttachmentRecord
    {
        public string Id { get; init; }
        public string IssueKey { get; init; }
        public string FileName { get; init; }
        public string MimeType { get; init; }
        public byte[] Content { get; init; }
        public DirectoryUser Author { get; init; }
        public DateTimeOffset Created { get; init; }
    }
}
