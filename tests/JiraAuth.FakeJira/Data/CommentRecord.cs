using System;

namespace JiraAuth.FakeJira.Data
{
    internal sealed class CommentRecord
    {
        public string Id { get; init; }
        public string IssueId { get; init; }
        public DirectoryUser Author { get; init; }
        public string Body { get; init; }
        public DateTimeOffset Created { get; init; }
    }
}
