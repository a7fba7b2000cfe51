using System;
using System.Collections.Generic;

namespace JiraAuth.Core.OAuth
{
    /// <summary>A site an OAuth token may reach (accessible-resources): cloudId, URL, name and the scopes granted there.</summary>
    internal sealed class AccessibleSite
    {
        public AccessibleSite(string cloudId, string url, string name, IReadOnlyList<string> scopes)
        {
            CloudId = cloudId;
            Url = url;
            Name = name;
            Scopes = scopes ?? Array.Empty<string>();
        }

        public string CloudId { get; }
        public string Url { get; }
        public string Name { get; }
        public IReadOnlyList<string> Scopes { get; }

        public override string ToString() => Name + " (" + Url + ", " + CloudId + ")";
    }
}
