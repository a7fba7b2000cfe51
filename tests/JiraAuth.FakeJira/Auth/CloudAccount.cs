namespace JiraAuth.FakeJira.Auth
{
    internal sealed class CloudAccount
    {
        public string Email { get; init; }
        public string Token { get; init; }
        public CredentialKind Kind { get; init; }
        public FakeUser User { get; init; }
    }
}
