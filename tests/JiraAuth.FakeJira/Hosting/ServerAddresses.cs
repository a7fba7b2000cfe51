namespace JiraAuth.FakeJira.Hosting
{
    /// <summary>Bound addresses, known only after Kestrel has started; endpoints read them lazily.</summary>
    internal sealed class ServerAddresses
    {
        /// <summary>Site base including the context path, no trailing slash.</summary>
        public string SiteBase { get; set; } = "";
        public string GatewayBase { get; set; } = "";
    }
}
