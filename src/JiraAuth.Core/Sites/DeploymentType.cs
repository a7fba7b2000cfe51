namespace JiraAuth.Core.Sites
{
    public enum DeploymentType
    {
        /// <summary>A host that could be either (custom domain); the auth mode decides.</summary>
        Unknown,
        Cloud,
        DataCenter,
    }
}
