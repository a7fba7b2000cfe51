namespace JiraAuth.FakeJira.Data
{
    internal sealed class BoardRecord
    {
        public int Id { get; init; }
        public string Name { get; init; }

        /// <summary>"scrum" boards have sprints; "kanban" boards reject the sprint endpoint.</summary>
        public string Type { get; init; }
        public ProjectRecord Project { get; init; }
    }
}
