namespace JiraAuth.FakeJira
{
    public sealed class FakeJiraOptions
    {
        public FakeDeployment Deployment { get; set; } = FakeDeployment.Cloud;

        /// <summary>Data Center installs often live under a context path such as "/jira".</summary>
        public string ContextPath { get; set; } = "";

        /// <summary>Consecutive failed logins per user before the CAPTCHA lockout kicks in.</summary>
        public int CaptchaThreshold { get; set; } = 3;

        public string CloudId { get; set; } = "9f2b5c1e-3d4a-4b6c-8e7f-0a1b2c3d4e5f";

        /// <summary>0 picks a random free port.</summary>
        public int SitePort { get; set; } = 0;

        /// <summary>0 picks a random free port. Ignored for Data Center, which has no gateway.</summary>
        public int GatewayPort { get; set; } = 0;

        /// <summary>How long the fake authorization server's access tokens live (changeable later through FakeJiraServer.OAuth).</summary>
        public System.TimeSpan OAuthAccessTokenLifetime { get; set; } = System.TimeSpan.FromHours(1);

        /// <summary>How long a rotated refresh token may be spent again (FakeAuthorizationServer.RefreshReuseLeeway); zero: strict.</summary>
        public System.TimeSpan OAuthRefreshReuseLeeway { get; set; } = System.TimeSpan.Zero;

        internal string NormalizedContextPath
        {
            get
            {
                if (Deployment != FakeDeployment.DataCenter || string.IsNullOrWhiteSpace(ContextPath))
                {
                    return "";
                }
                string trimmed = ContextPath.Trim().TrimEnd('/');
                return trimmed.Length == 0 ? "" : (trimmed.StartsWith('/') ? trimmed : "/" + trimmed);
            }
        }
    }
}
