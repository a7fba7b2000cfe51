using System.Collections.Generic;

namespace JiraAuth.Output
{
    /// <summary>What Get-JiraCloudId reports for one site; for an OAuth connection also the site's name and the scopes granted there.</summary>
    public sealed class JiraCloudIdInfo
    {
        public JiraCloudIdInfo(string site, string cloudId, string name = null, IReadOnlyList<string> scopes = null)
        {
            Site = site;
            CloudId = cloudId;
            Name = name;
            Scopes = scopes;
        }

        public string Site { get; }
        public string CloudId { get; }

        /// <summary>The site's name (accessible-resources only).</summary>
        public string Name { get; }

        /// <summary>The scopes granted for this site (accessible-resources only).</summary>
        public IReadOnlyList<string> Scopes { get; }

        public override string ToString() => CloudId;
    }
}
