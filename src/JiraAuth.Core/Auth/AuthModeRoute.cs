namespace JiraAuth.Core.Auth
{
    /// <summary>Where an auth mode sends its requests.</summary>
    internal enum AuthModeRoute
    {
        /// <summary>The site itself (its context path included).</summary>
        Site,

        /// <summary>The gateway's /ex/jira/{cloudId}: the mode needs a cloudId.</summary>
        Gateway,

        /// <summary>The gateway when a cloudId is known (Cloud), else the site (Data Center).</summary>
        GatewayWhenCloud,
    }
}
