using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace JiraAuth.FakeJira.Data
{
    /// <summary>In-memory Jira content. One instance per server so parallel tests never see each other's writes.</summary>
    internal sealed class FakeDataStore
    {
        private readonly object gate = new object();
        private readonly List<IssueRecord> issues;
        private readonly Dictionary<string, List<CommentRecord>> commentsByIssueId = new Dictionary<string, List<CommentRecord>>();
        private readonly Dictionary<string, AttachmentRecord> attachments = new Dictionary<string, AttachmentRecord>();
        private readonly Dictionary<int, BoardRecord> boards = new Dictionary<int, BoardRecord>();
        private readonly Dictionary<int, List<SprintRecord>> sprintsByBoard = new Dictionary<int, List<SprintRecord>>();
        private int nextIssueNumber;
        private int nextAttachmentId = 20000;

        public FakeDataStore()
        {
            Users = SampleDataGenerator.Users();
            Projects = SampleDataGenerator.Projects();
            IssueProject = SampleDataGenerator.IssueProject();
            issues = SampleDataGenerator.Issues(Users);
            nextIssueNumber = issues.Count + 1;
            commentsByIssueId[issues[0].Id] = SampleDataGenerator.Comments(issues[0].Id, Users[0]);

            boards[1] = new BoardRecord { Id = 1, Name = "ABC board", Type = "scrum", Project = IssueProject };
            boards[2] = new BoardRecord { Id = 2, Name = "Empty scrum board", Type = "scrum", Project = Projects[0] };
            boards[3] = new BoardRecord { Id = 3, Name = "Kanban board", Type = "kanban", Project = Projects[1] };
            sprintsByBoard[1] = SampleDataGenerator.Sprints(1);
            sprintsByBoard[2] = new List<SprintRecord>();
            Search = new FakeSearchControls(this);
        }

        public FakeSearchControls Search { get; }

        public IReadOnlyList<DirectoryUser> Users { get; }
        public IReadOnlyList<ProjectRecord> Projects { get; }
        public ProjectRecord IssueProject { get; }

        public DirectoryUser FindUser(string accountId) => Users.FirstOrDefault(u => u.AccountId == accountId);

        public ProjectRecord FindProject(string key) =>
            string.Equals(key, IssueProject.Key, StringComparison.OrdinalIgnoreCase)
                ? IssueProject
                : Projects.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase) || p.Id == key);

        public IReadOnlyList<IssueRecord> AllIssues()
        {
            lock (gate) { return issues.ToArray(); }
        }

        public IssueRecord FindIssue(string idOrKey)
        {
            lock (gate)
            {
                return issues.FirstOrDefault(i => i.Id == idOrKey || string.Equals(i.Key, idOrKey, StringComparison.OrdinalIgnoreCase));
            }
        }

        public IssueRecord CreateIssue(ProjectRecord project, string summary, string issueType, string description, DirectoryUser reporter)
        {
            lock (gate)
            {
                int number = nextIssueNumber++;
                DateTimeOffset now = DateTimeOffset.UtcNow;
                var issue = new IssueRecord
                {
                    Id = (10000 + number).ToString(CultureInfo.InvariantCulture),
                    Key = $"{project.Key}-{number}",
                    ProjectKey = project.Key,
                    IssueTypeName = issueType ?? "Task",
                    Summary = summary,
                    Description = description,
                    StatusName = "To Do",
                    Reporter = reporter,
                    Created = now,
                    Updated = now,
                    BigNumber = "12345678901234567890",
                };
                issues.Add(issue);
                return issue;
            }
        }

        public bool DeleteIssue(string id)
        {
            lock (gate) { return issues.RemoveAll(i => i.Id == id) > 0; }
        }

        public void Update(IssueRecord issue, Action<IssueRecord> change)
        {
            lock (gate)
            {
                change(issue);
                issue.Updated = DateTimeOffset.UtcNow;
            }
        }

        public IReadOnlyList<CommentRecord> Comments(IssueRecord issue)
        {
            lock (gate)
            {
                return commentsByIssueId.TryGetValue(issue.Id, out List<CommentRecord> list) ? list.ToArray() : Array.Empty<CommentRecord>();
            }
        }

        public AttachmentRecord AddAttachment(string issueKey, string fileName, string mimeType, byte[] content, DirectoryUser author)
        {
            lock (gate)
            {
                var attachment = new AttachmentRecord
                {
                    Id = (nextAttachmentId++).ToString(CultureInfo.InvariantCulture),
                    IssueKey = issueKey,
                    FileName = fileName,
                    MimeType = mimeType,
                    Content = content,
                    Author = author,
                    Created = DateTimeOffset.UtcNow,
                };
                attachments[attachment.Id] = attachment;
                return attachment;
            }
        }

        public AttachmentRecord FindAttachment(string id)
        {
            lock (gate) { return attachments.TryGetValue(id, out AttachmentRecord a) ? a : null; }
        }

        public IReadOnlyList<BoardRecord> Boards => boards.Values.OrderBy(b => b.Id).ToList();

        public BoardRecord FindBoard(int id) => boards.TryGetValue(id, out BoardRecord board) ? board : null;

        public IReadOnlyList<SprintRecord> Sprints(int boardId) =>
            sprintsByBoard.TryGetValue(boardId, out List<SprintRecord> list) ? list : Array.Empty<SprintRecord>();
    }
}
