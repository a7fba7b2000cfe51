using System;

namespace JiraAuth.FakeJira.Data
{
    internal sealed class SprintRecord
    {
        public int Id { get; init; }
        public string Name { get; init; }
        public string State { get; init; }
        public int OriginBoardId { get; init; }
        public DateTimeOffset StartDate { get; init; }
        public DateTimeOffset EndDate { get; init; }
        public DateTimeOffset? CompleteDate { get; init; }
        public string Goal { get; init; }
    }
}
