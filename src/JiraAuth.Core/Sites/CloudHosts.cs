using System;

namespace JiraAuth.Core.Sites
{
    /// <summary>Recognises Atlassian Cloud site hosts, the gateway hosts, and hosts that only pretend to be Cloud.</summary>
    internal static class CloudHosts
    {
        private static readonly string[] CloudSuffixes = { ".atlassian.net", ".jira.com" };
        private static readonly string[] CloudApexes = { "atlassian.net", "jira.com" };
        private static readonly string[] GatewayHosts = { "api.atlassian.com", "auth.atlassian.com" };

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
        /// A host that mentions a Cloud domain without ending in it, where sending an Atlassian token would hand it
        /// to someone else: atlassian.net followed by more labels (acme.atlassian.net.evil.example,
        /// acme-atlassian.net.evil.example), .jira.com followed by more labels, or a label glued onto
        /// atlassian.net (evilatlassian.net). A hyphen reads as a deliberate name, so acme-atlassian.net stays a
        /// custom domain, and "jira" is too common a word in real domains (myjira.com) to apply the glued-on
        /// rule to jira.com.
        /// </summary>
        public static bool IsLookalike(string host)
        {
            if (host.IndexOf("atlassian.net.", StringComparison.OrdinalIgnoreCase) >= 0) return true;
            if (host.IndexOf(".jira.com.", StringComparison.OrdinalIgnoreCase) >= 0) return true;
            const string apex = "atlassian.net";
            if (!host.EndsWith(apex, StringComparison.OrdinalIgnoreCase) || host.Length == apex.Length) return false;
            return char.IsLetterOrDigit(host[host.Length - apex.Length - 1]);
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
