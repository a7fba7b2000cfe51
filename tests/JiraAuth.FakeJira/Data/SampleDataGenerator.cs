using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;

namespace JiraAuth.FakeJira.Data
{
    /// <summary>
    /// Deterministic data sets whose sizes are chosen so paging tests cross page boundaries unevenly
    /// (123 projects, 137 issues, 131 users, 57 sprints never divide by the default page sizes).
    /// </summary>
    internal static class SampleDataGenerator
    {
        public const int ProjectCount = 123;
        public const int IssueCount = 137;
        public const int UserCount = 131;
        public const int SprintCount = 57;
        public const int CommentCount = 7;
        public const string IssueProjectKey = "ABC";

        private static readonly string[] FirstNames = { "Mia", "Emma", "Noah", "Liam", "Olivia", "Ava", "Lucas", "Zoë", "Jörg", "Ana" };
        private static readonly string[] LastNames = { "Krystof", "Richards", "Nguyen", "Okafor", "Silva", "Müller", "Tanaka", "Rossi" };
        private static readonly string[] Statuses = { "To Do", "In Progress", "Done" };

        public static List<DirectoryUser> Users()
        {
            var users = new List<DirectoryUser>
            {
                Known(FakeAccounts.AdminAccountId, FakeAccounts.AdminDisplayName, FakeAccounts.AdminEmail),
                Known(FakeAccounts.ScopedAccountId, FakeAccounts.ScopedDisplayName, FakeAccounts.ScopedEmail),
                Known(FakeAccounts.LimitedAccountId, FakeAccounts.LimitedDisplayName, FakeAccounts.LimitedEmail),
                Known(FakeAccounts.NoAccessAccountId, FakeAccounts.NoAccessDisplayName, FakeAccounts.NoAccessEmail),
            };
            for (int i = users.Count; i < UserCount; i++)
            {
                bool isApp = i % 10 == 9;
                string first = FirstNames[i % FirstNames.Length];
                string last = LastNames[i % LastNames.Length];
                users.Add(new DirectoryUser
                {
                    AccountId = isApp ? "557058:" + Guid(i, 0xA) : "5c" + i.ToString("x22", CultureInfo.InvariantCulture),
                    AccountType = isApp ? "app" : "atlassian",
                    DisplayName = isApp ? $"Automation Bot {i}" : $"{first} {last} {i}",
                    // Real Cloud hides e-mail addresses per privacy settings; apps never have one.
                    EmailAddress = isApp || i % 3 == 0 ? null : $"{first.ToLowerInvariant()}.{i}@acme.example",
                    Active = i % 7 != 0,
                });
            }
            return users;
        }

        public static List<ProjectRecord> Projects()
        {
            var projects = new List<ProjectRecord>();
            for (int i = 1; i <= ProjectCount; i++)
            {
                projects.Add(new ProjectRecord
                {
                    Id = (10000 + i).ToString(CultureInfo.InvariantCulture),
                    Key = "P" + i.ToString("000", CultureInfo.InvariantCulture),
                    Name = "Project " + i.ToString("000", CultureInfo.InvariantCulture),
                    ProjectTypeKey = i % 3 == 0 ? "business" : "software",
                    Simplified = i % 4 == 0,
                    Uuid = Guid(i, 0xB),
                });
            }
            return projects;
        }

        public static ProjectRecord IssueProject() => new ProjectRecord
        {
            Id = "10000",
            Key = IssueProjectKey,
            Name = "Alphabetical",
            ProjectTypeKey = "software",
            Simplified = false,
            Uuid = Guid(0, 0xB),
        };

        public static List<IssueRecord> Issues(IReadOnlyList<DirectoryUser> users)
        {
            var issues = new List<IssueRecord>();
            BigInteger bigBase = BigInteger.Parse("12345678901234567890", CultureInfo.InvariantCulture);
            for (int n = 1; n <= IssueCount; n++)
            {
                DateTimeOffset created = JiraDates.Epoch.AddHours(n);
                issues.Add(new IssueRecord
                {
                    Id = (10000 + n).ToString(CultureInfo.InvariantCulture),
                    Key = $"{IssueProjectKey}-{n}",
                    ProjectKey = IssueProjectKey,
                    IssueTypeName = n % 5 == 0 ? "Bug" : "Story",
                    Summary = $"Generated issue number {n}",
                    Description = $"Description of issue {n}.",
                    FormattedDescription = n == 1 ? FormattedText.ReleaseChecklist() : null,
                    StatusName = Statuses[n % Statuses.Length],
                    Assignee = n % 2 == 0 ? users[n % users.Count] : null,
                    Reporter = users[0],
                    Labels = n % 4 == 0 ? new List<string>() : new List<string> { "fake", "batch-" + (n % 3) },
                    Created = created,
                    Updated = created.AddMinutes(30),
                    StoryPoints = n * 0.5m,
                    BigNumber = (bigBase + n - 1).ToString(CultureInfo.InvariantCulture),
                });
            }
            return issues;
        }

        public static List<CommentRecord> Comments(string issueId, DirectoryUser author)
        {
            var comments = new List<CommentRecord>();
            for (int i = 0; i < CommentCount; i++)
            {
                comments.Add(new CommentRecord
                {
                    Id = (10100 + i).ToString(CultureInfo.InvariantCulture),
                    IssueId = issueId,
                    Author = author,
                    Body = $"Comment {i + 1} on the first issue.",
                    Created = JiraDates.Epoch.AddDays(i + 1),
                });
            }
            return comments;
        }

        /// <summary>The sprint of board 1 an ABC issue is in: issues are dealt round the sprints (ABC-1, ABC-58, ABC-115 in sprint 1).</summary>
        public static int SprintOf(IssueRecord issue) =>
            issue.ProjectKey == IssueProjectKey && int.TryParse(issue.Key.Substring(IssueProjectKey.Length + 1), out int n) ? (n - 1) % SprintCount + 1 : 0;

        public static List<SprintRecord> Sprints(int boardId)
        {
            var sprints = new List<SprintRecord>();
            for (int i = 1; i <= SprintCount; i++)
            {
                DateTimeOffset start = JiraDates.Epoch.AddDays(14 * (i - 1));
                string state = i < SprintCount - 1 ? "closed" : (i == SprintCount - 1 ? "active" : "future");
                sprints.Add(new SprintRecord
                {
                    Id = i,
                    Name = $"ABC Sprint {i}",
                    State = state,
                    OriginBoardId = boardId,
                    StartDate = start,
                    EndDate = start.AddDays(14),
                    CompleteDate = state == "closed" ? start.AddDays(14).AddHours(2) : null,
                    Goal = i % 2 == 0 ? $"Goal of sprint {i}" : "",
                });
            }
            return sprints;
        }

        /// <summary>Stable, UUID-looking identifiers; they only need to be unique within the fake.</summary>
        private static string Guid(int n, int salt) =>
            $"{salt:x1}{n:x7}-{n % 0xffff:x4}-4{salt:x3}-8{n % 0xfff:x3}-{(long)n * 7919:x12}";

        private static DirectoryUser Known(string accountId, string displayName, string email) => new DirectoryUser
        {
            AccountId = accountId,
            AccountType = "atlassian",
            DisplayName = displayName,
            EmailAddress = email,
            Active = true,
        };
    }
}
