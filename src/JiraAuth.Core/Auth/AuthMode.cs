namespace JiraAuth.Core.Auth
{
    /// <summary>
    /// How a connection authenticates. Auto tries ApiToken at the site, then ScopedApiToken at the gateway. The OAuth
    /// modes are chosen by their parameters (-ServiceAccount, or -ClientId with -Scope), never by Auto.
    /// </summary>
    public enum AuthMode
    {
        Auto,
        ApiToken,
        ScopedApiToken,
        PersonalAccessToken,
        Password,

        /// <summary>OAuth 2.0 client credentials of a service account: Bearer via the gateway (Cloud) or to the site (Data Center).</summary>
        OAuthClientCredentials,

        /// <summary>OAuth 2.0 (3LO): a person consented once; rotating refresh tokens keep the connection alive.</summary>
        OAuth3LO,
    }
}
