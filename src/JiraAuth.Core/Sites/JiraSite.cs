using System;

namespace JiraAuth.Core.Sites
{
    /// <summary>A Jira site as one canonical base URI (scheme, host, port and, for Data Center, a context path; no trailing slash).</summary>
    public sealed class JiraSite : IEquatable<JiraSite>
    {
        // Internal so the parser, which owns the rules, is the only way in.
        internal JiraSite(Uri baseUri, DeploymentType deployment)
        {
            BaseUri = baseUri;
            Deployment = deployment;
        }

        /// <summary>e.g. https://acme.atlassian.net or https://jira.corp.example/jira (no trailing slash).</summary>
        public Uri BaseUri { get; }

        /// <summary>Cloud for *.atlassian.net (and *.jira.com); Unknown for other hosts.</summary>
        public DeploymentType Deployment { get; }

        public string Host => BaseUri.Host;

        /// <summary>scheme://host:port, the unit the origin guard compares.</summary>
        public string Origin => BaseUri.GetLeftPart(UriPartial.Authority);

        /// <summary>
        /// Parses a site name (acme), host (acme.atlassian.net) or URL (https://acme.atlassian.net/browse/ABC-1,
        /// https://jira.corp.example/jira/secure/Dashboard.jspa) into its canonical base URI.
        /// </summary>
        /// <exception cref="InvalidJiraSiteException">The input is not a usable site; the message says why and shows a good value.</exception>
        public static JiraSite Parse(string input, bool allowUnencryptedAuthentication = false)
        {
            return JiraSiteParser.Parse(input, allowUnencryptedAuthentication);
        }

        public static bool TryParse(string input, bool allowUnencryptedAuthentication, out JiraSite site, out string error)
        {
            try
            {
                site = Parse(input, allowUnencryptedAuthentication);
                error = null;
                return true;
            }
            catch (InvalidJiraSiteException e)
            {
                site = null;
                error = e.Message;
                return false;
            }
        }

        public override string ToString() => BaseUri.ToString().TrimEnd('/');
        public bool Equals(JiraSite other) => other != null && string.Equals(ToString(), other.ToString(), StringComparison.OrdinalIgnoreCase);
        public override bool Equals(object obj) => Equals(obj as JiraSite);
        public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(ToString());
    }
}
