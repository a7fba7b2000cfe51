using System;

namespace JiraAuth.Core.Sites
{
    /// <summary>Recognises Atlassian Cloud site hosts, the gateway hosts, and hosts that only pretend to be Cloud.</summary>
    internal static class CloudHosts
    {
        private static readonly string[] CloudSuffixes = { ".atlassian.net", ".jira.com" };
        private static readonly string[] CloudApexes = { "atlassian.net", "jira.com" };
        private static readonly string[] GatewayHosts = { "api.atlassian.com", "auth.atlassian.com" };
        private static readonly string[] AtlassianDomains = { "atlassian.net", "atlassian.com", "jira.com" };

        public const string DefaultCloudDomain = ".atlassian.net";

        /// <summary>A host under atlassian.net or jira.com (legacy Cloud). Cloud sites have no context path.</summary>
        public static bool IsCloudSite(string host)
        {
            foreach (var suffix in CloudSuffixes)
            {
                if (host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && host.Length > suffix.Length) return true;
            }
            return false;
        }

        /// <summary>atlassian.net or jira.com with no site name in front.</summary>
        public static bool IsBareCloudApex(string host)
        {
            foreach (var apex in CloudApexes)
            {
                if (string.Equals(host, apex, StringComparison.OrdinalIgnoreCase)) return true;
            }
            return false;
        }

        /// <summary>
        /// A host that mentions one of Atlassian's domains (atlassian.net, atlassian.com, jira.com) anywhere without
        /// being a name under it: acme.atlassian.net-evil.com, acme.atlassian.netevil.com, acme.jira.com-evil.io,
        /// evilatlassian.net. Taken as a custom Data Center domain, such a host would receive an Atlassian token,
        /// so it is refused however harmless it may be.
        /// </summary>
        public static bool IsLookalike(string host)
        {
            foreach (var domain in AtlassianDomains)
            {
                if (host.IndexOf(domain, StringComparison.OrdinalIgnoreCase) < 0) continue;
                var isOwn = string.Equals(host, domain, StringComparison.OrdinalIgnoreCase)
                    || host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase);
                if (!isOwn) return true;
            }
            return false;
        }

        /// <summary>api.atlassian.com and auth.atlassian.com: Atlassian's gateway, which the connection derives from the site.</summary>
        public static bool IsGateway(string host)
        {
            foreach (var gateway in GatewayHosts)
            {
                if (string.Equals(host, gateway, StringComparison.OrdinalIgnoreCase)) return true;
            }
            return false;
        }
    }
}
