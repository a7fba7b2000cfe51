namespace JiraAuth.FakeJira
{
    /// <summary>
    /// Credentials the fake understands. Tests depend on these exact values, so treat them as a contract.
    /// </summary>
    public static class FakeAccounts
    {
        // Cloud: Basic email:token
        public const string AdminEmail = "admin@acme.example";
        public const string AdminClassicToken = "classic-token-ATATT3xFfGF0";
        public const string AdminAccountId = "5b10a2844c20165700ede21g";
        public const string AdminDisplayName = "Alice Admin";

        /// <summary>A password (not a token) for the admin: Cloud rejects passwords with a plain-text 401.</summary>
        public const string AdminPassword = "password123!";

        public const string ScopedEmail = "scoped@acme.example";
        public const string ScopedToken = "scoped-token-ATATT3xScoped";
        public const string ScopedAccountId = "5b10ac8d82e05b22cc7d4ef5";
        public const string ScopedDisplayName = "Sam Scoped";

        public const string LimitedEmail = "limited@acme.example";
        public const string LimitedToken = "scoped-token-ATATT3xLimited";
        public const string LimitedAccountId = "5b10ac8d82e05b22cc7d4ef6";
        public const string LimitedDisplayName = "Lee Limited";

        public const string ExpiredEmail = "expired@acme.example";
        public const string ExpiredToken = "expired-token-ATATT3xOld";

        public const string LockedEmail = "locked@acme.example";
        public const string LockedToken = "locked-token";

        public const string NoAccessEmail = "noaccess@acme.example";
        public const string NoAccessToken = "noaccess-token";
        public const string NoAccessAccountId = "5b10ac8d82e05b22cc7d4ef7";
        public const string NoAccessDisplayName = "Nora Noaccess";

        // Data Center
        public const string DcPat = "dc-pat-NjQ2MzY5";
        public const string DcStrippedPat = "dc-pat-stripped-by-proxy";
        public const string DcUsername = "dcadmin";
        public const string DcPassword = "dc-P@ssw0rd-ü";
        public const string DcUserKey = "JIRAUSER10000";
        public const string DcDisplayName = "Dana Center";
        public const string DcEmail = "dcadmin@corp.example";

        // OAuth 2.0 (the fake authorization server)
        public const string OAuthClientId = "fake3loClientId0001";
        public const string OAuthClientSecret = "fake-3lo-client-secret-ATOAx1";
        public const string ServiceClientId = "fakeServiceClient0001";
        public const string ServiceClientSecret = "fake-service-secret-ATSAx2";
        public const string ServiceAccountId = "712020:5b10ac8d-service-account";
        public const string ServiceAccountDisplayName = "Reporting Bot";
        public const string ServiceAccountEmail = "reporting-bot@serviceaccount.atlassian.com";
        public const string DcServiceClientId = "fakeDcServiceClient01";
        public const string DcServiceClientSecret = "fake-dc-service-secret-x3";

        /// <summary>Real Cloud points the CAPTCHA challenge at the production site, not at the fake.</summary>
        public const string CloudLoginUrl = "https://acme.atlassian.net/login.jsp";
        public const string CloudRealm = "https%3A%2F%2Facme.atlassian.net";
    }
}
