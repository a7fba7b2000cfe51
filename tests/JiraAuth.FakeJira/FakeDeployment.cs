namespace JiraAuth.FakeJira
{
    /// <summary>Which flavour of Jira the fake impersonates.</summary>
    public enum FakeDeployment
    {
        Cloud,
        DataCenter,
    }
}
