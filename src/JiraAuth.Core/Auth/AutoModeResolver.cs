namespace JiraAuth.Core.Auth
{
    /// <summary>
    /// The one place that decides what <see cref="AuthMode.Auto"/> stands for. Without a user name it can only be a
    /// Data Center personal access token; with one it is a classic API token at the site, unless a /myself probe
    /// (which tries the site, then the gateway) finds it is a scoped token.
    /// </summary>
    internal static class AutoModeResolver
    {
        /// <summary>The mode to use when nothing is probed (the credential's kind, or -SkipValidation).</summary>
        public static AuthMode Resolve(AuthMode requested, string userName)
        {
            if (AuthModeProfile.For(requested).IsConcrete) return requested;
            return AuthModeProfile.AutoChoice(hasUserName: !string.IsNullOrEmpty(userName));
        }

        /// <summary>The mode a probe starts from: Auto with a user name stays Auto (site first, then the gateway).</summary>
        public static AuthMode ForProbe(AuthMode requested, string userName) =>
            !AuthModeProfile.For(requested).IsConcrete && !string.IsNullOrEmpty(userName) ? AuthMode.Auto : Resolve(requested, userName);
    }
}
