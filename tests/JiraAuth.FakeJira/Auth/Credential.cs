namespace JiraAuth.FakeJira.Auth
{
    /// <summary>A parsed Authorization header. For Basic, UserName/Secret are set; for Bearer, only Secret.</summary>
    internal sealed class Credential
    {
        public bool IsBearer { get; init; }
        public string UserName { get; init; }
        public string Secret { get; init; }
    }
}
