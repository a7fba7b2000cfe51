using System;
using System.Collections.Generic;
using JiraAuth.Core.Auth;

namespace JiraAuth.Core.Connections
{
    /// <summary>
    /// Reads a connection from JIRA_SITE (or JIRA_DOMAIN), JIRA_EMAIL, JIRA_API_TOKEN and optional JIRA_CLOUD_ID, the names
    /// CI systems and other Jira tools already use. The lookup is injected so tests need not touch the process environment.
    /// </summary>
    internal sealed class EnvironmentCredentialReader
    {
        public const string SiteVariable = "JIRA_SITE";
        public const string DomainVariable = "JIRA_DOMAIN";
        public const string EmailVariable = "JIRA_EMAIL";
        public const string ApiTokenVariable = "JIRA_API_TOKEN";
        public const string CloudIdVariable = "JIRA_CLOUD_ID";

        private readonly Func<string, string> _lookup;

        public EnvironmentCredentialReader(Func<string, string> lookup)
        {
            _lookup = lookup ?? throw new ArgumentNullException(nameof(lookup));
        }

        public static EnvironmentCredentialReader ForProcess() => new EnvironmentCredentialReader(Environment.GetEnvironmentVariable);

        /// <param name="siteOverride">A site the user typed; it wins over the variables.</param>
        /// <param name="siteOverrideSource">Where <paramref name="siteOverride"/> came from, as the user knows it (the host's parameter).</param>
        public EnvironmentCredential Read(string siteOverride = null, string siteOverrideSource = "the site given")
        {
            var missing = new List<string>();
            string site, siteVariable;
            if (!string.IsNullOrWhiteSpace(siteOverride))
            {
                site = siteOverride.Trim();
                siteVariable = siteOverrideSource;
            }
            else if (Value(SiteVariable) is string fromSite)
            {
                site = fromSite;
                siteVariable = SiteVariable;
            }
            else if (Value(DomainVariable) is string fromDomain)
            {
                site = fromDomain;
                siteVariable = DomainVariable;
            }
            else
            {
                site = null;
                siteVariable = null;
                missing.Add(SiteVariable + " (or " + DomainVariable + ")");
            }

            var email = Value(EmailVariable);
            if (email == null) missing.Add(EmailVariable);

            // The token is not trimmed here: JiraCredential cleans it up, and a blank one counts as missing.
            var rawToken = _lookup(ApiTokenVariable);
            var token = string.IsNullOrWhiteSpace(rawToken) ? null : SecretText.FromString(rawToken);
            if (token == null) missing.Add(ApiTokenVariable);

            return new EnvironmentCredential(site, siteVariable, email, token, Value(CloudIdVariable), missing);
        }

        private string Value(string name)
        {
            var value = _lookup(name);
            return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }
    }
}
