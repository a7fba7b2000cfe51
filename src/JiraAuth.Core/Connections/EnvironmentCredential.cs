using System.Collections.Generic;
using JiraAuth.Core.Auth;

namespace JiraAuth.Core.Connections
{
    /// <summary>What the JIRA_* environment variables supplied, and which required ones are missing.</summary>
    internal sealed class EnvironmentCredential
    {
        public EnvironmentCredential(string site, string siteVariable, string email, SecretText apiToken, string cloudId, IReadOnlyList<string> missing)
        {
            Site = site;
            SiteVariable = siteVariable;
            Email = email;
            ApiToken = apiToken;
            CloudId = cloudId;
            Missing = missing;
        }

        public string Site { get; }

        /// <summary>JIRA_SITE or JIRA_DOMAIN, whichever supplied the site (for messages).</summary>
        public string SiteVariable { get; }

        public string Email { get; }
        public SecretText ApiToken { get; }
        public string CloudId { get; }

        /// <summary>Names of the required variables that are unset or blank.</summary>
        public IReadOnlyList<string> Missing { get; }

        public bool IsComplete => Missing.Count == 0;

        public override string ToString() => IsComplete ? $"{Site} as {Email} (from {SiteVariable})" : "Missing: " + string.Join(", ", Missing);
    }
}
