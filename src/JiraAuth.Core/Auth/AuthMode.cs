namespace JiraAuth.Core.Auth
{
    /// <summary>How a connection authenticates. Auto tries ApiToken at the site, then ScopedApiToken at the gateway.</summary>
    public enum AuthMode
    {
        Auto,
        ApiToken,
        ScopedApiToken,
        PersonalAccessToken,
        Password,
    }
}
