namespace JiraAuth.FakeJira.Data
{
    /// <summary>A user as listed by users/search; EmailAddress is null when the user's privacy settings hide it.</summary>
    internal sealed class DirectoryUser
    {
        public string AccountId { get; init; }
        public string AccountType { get; init; }
        public string DisplayName { get; init; }
        public string EmailAddress { get; init; }
        public bool Active { get; init; }
    }
}
