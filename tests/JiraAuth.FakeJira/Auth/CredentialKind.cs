namespace JiraAuth.FakeJira.Auth
{
    /// <summary>How a known Cloud secret behaves at the site and at the gateway.</summary>
    internal enum CredentialKind
    {
        ClassicToken,
        ScopedToken,
        ScopedTokenMissingScope,
        ExpiredToken,
        AlwaysLocked,
        NoProductAccess,
    }
}
