namespace JiraAuth.FakeJira.Auth
{
    /// <summary>An identity the fake can report from /myself; Cloud users have accountIds, Data Center users have name/key.</summary>
    internal sealed class FakeUser
    {
        public string AccountId { get; init; }
        public string Name { get; init; }
        public string Key { get; init; }
        public string EmailAddress { get; init; }
        public string DisplayName { get; init; }
        public string TimeZone { get; init; } = "Europe/Berlin";
        public string Locale { get; init; } = "en_US";

        /// <summary>False for the "noaccess" account: it authenticates but has no Jira licence.</summary>
        public bool HasProductAccess { get; init; } = true;
    }
}
