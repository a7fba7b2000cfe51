namespace JiraAuth.Output
{
    /// <summary>What Get-JiraCloudId reports for one site.</summary>
    public sealed class JiraCloudIdInfo
    {
        public JiraCloudIdInfo(string site, string cloudId)
        {
            Site = site;
            CloudId = cloudId;
        }

        public string Site { get; }
        public string CloudId { get; }

        public override string ToString() => CloudId;
    }
}
