namespace JiraAuth.FakeJira.Data
{
    internal sealed class ProjectRecord
    {
        public string Id { get; init; }
        public string Key { get; init; }
        public string Name { get; init; }
        public string ProjectTypeKey { get; init; }
        public bool Simplified { get; init; }
        public string Uuid { get; init; }
    }
}
