namespace JiraAuth.FakeJira.OAuth
{
    internal enum OAuthClientKind
    {
        /// <summary>A 3LO app: authorization code and refresh grants.</summary>
        ThreeLeggedApp,

        /// <summary>A Cloud service account's OAuth credential: client credentials at the auth server.</summary>
        CloudServiceAccount,

        /// <summary>A Data Center service account: client credentials at {site}/rest/oauth2/latest/token.</summary>
        DataCenterServiceAccount,
    }
}
