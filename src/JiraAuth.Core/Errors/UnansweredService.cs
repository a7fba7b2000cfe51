namespace JiraAuth.Core.Errors
{
    /// <summary>What did not answer in time, for the raise-the-timeout remedy.</summary>
    internal enum UnansweredService
    {
        Jira,

        /// <summary>The OAuth token endpoint.</summary>
        SignInService,
    }
}
