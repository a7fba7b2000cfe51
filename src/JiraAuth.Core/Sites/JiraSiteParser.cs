using System;
using System.Globalization;
using System.Text.RegularExpressions;
using JiraAuth.Core.Errors;

namespace JiraAuth.Core.Sites
{
    /// <summary>
    /// Turns what a user typed as a site into a canonical base URI. The text is taken apart by hand before
    /// System.Uri sees it, because Uri is lenient in ways that matter here: it accepts user info, backslashes,
    /// odd hosts and scheme-relative input, and each of those is either a security risk or a typo worth naming.
    /// </summary>
    internal static class JiraSiteParser
    {
        // A scheme such as "ftp:" or "javascript:". "host:8443" is not one: the part after the colon is a port.
        private static readonly Regex SchemePrefix = new Regex(@"^(?<scheme>[A-Za-z][A-Za-z0-9+.\-]*):(?<after>[^/?]*)", RegexOptions.CultureInvariant);

        public static JiraSite Parse(string input, bool allowUnencryptedAuthentication)
        {
            var text = input?.Trim();
            if (string.IsNullOrEmpty(text)) throw Invalid(input, "A Jira site is required.");
            RejectForbiddenCharacters(input, text);

            var scheme = SplitScheme(input, text, out var afterScheme);
            var authorityEnd = afterScheme.IndexOfAny(new[] { '/', '?' });
            var authority = authorityEnd < 0 ? afterScheme : afterScheme.Substring(0, authorityEnd);
            var pathAndQuery = authorityEnd < 0 ? string.Empty : afterScheme.Substring(authorityEnd);
            var queryStart = pathAndQuery.IndexOf('?');
            var path = queryStart < 0 ? pathAndQuery : pathAndQuery.Substring(0, queryStart);

            SplitHostAndPort(input, authority, out var host, out var port);

            // A bare word such as "acme" is a Cloud site name; localhost is the one bare word that means a local server.
            var isBareSiteName = scheme == null && port == null && path.Trim('/').Length == 0
                && HostName.IsSingleLabel(host) && host != "localhost";
            if (isBareSiteName) host += CloudHosts.DefaultCloudDomain;

            RejectNonSiteHosts(input, host);

            scheme = scheme ?? "https";
            if (scheme == "http" && !allowUnencryptedAuthentication)
            {
                throw Invalid(input, "The site uses http://, so credentials would travel unencrypted.").With(RemedyKind.UseHttpsForSite);
            }

            var isCloud = CloudHosts.IsCloudSite(host);
            // Cloud sites have no context path, so anything after the host is a page the user happened to be on.
            var contextPath = isCloud ? string.Empty : ContextPath.Extract(path);
            var isDefaultPort = port == null || (scheme == "https" && port == 443) || (scheme == "http" && port == 80);
            var canonical = scheme + "://" + host + (isDefaultPort ? string.Empty : ":" + port.Value.ToString(CultureInfo.InvariantCulture)) + contextPath;

            if (!Uri.TryCreate(canonical, UriKind.Absolute, out var baseUri))
            {
                throw Invalid(input, "The site is not a valid web address.");
            }
            return new JiraSite(baseUri, isCloud ? DeploymentType.Cloud : DeploymentType.Unknown);
        }

        private static void RejectForbiddenCharacters(string input, string text)
        {
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c)) throw Invalid(input, "The site contains whitespace.");
                if (char.IsControl(c)) throw Invalid(input, "The site contains a control character.");
            }
            // Never echo input that may hold a password: "user:token@host" is exactly that.
            if (text.IndexOf('@') >= 0)
            {
                throw new InvalidJiraSiteException(string.Empty,
                    "The site contains '@'. Do not put credentials or an e-mail address in the site. " + SiteMessages.GoodExample)
                    .With(RemedyKind.PassCredentialSeparately);
            }
            if (text.IndexOf('\\') >= 0) throw Invalid(input, "The site contains a backslash; web addresses use forward slashes (/).");
            if (text.IndexOf('#') >= 0) throw Invalid(input, "The site contains a fragment ('#…'); give the site address without it.");
            if (text.StartsWith("//", StringComparison.Ordinal)) throw Invalid(input, "The site starts with '//' and has no scheme; start it with https://.");
        }

        /// <returns>"http", "https", or null when the input has no scheme.</returns>
        private static string SplitScheme(string input, string text, out string afterScheme)
        {
            afterScheme = text;
            var match = SchemePrefix.Match(text);
            if (!match.Success) return null;
            var after = match.Groups["after"].Value;
            var isHostAndPort = after.Length > 0 && AsciiDigits.IsAllDigits(after);
            if (isHostAndPort) return null;

            var scheme = match.Groups["scheme"].Value.ToLowerInvariant();
            if (scheme != "https" && scheme != "http")
            {
                throw Invalid(input, "The site uses the scheme '" + scheme + ":'.").With(RemedyKind.UseHttpsScheme);
            }
            var rest = text.Substring(scheme.Length + 1);
            if (!rest.StartsWith("//", StringComparison.Ordinal)) throw Invalid(input, "The site is missing '//' after '" + scheme + ":'.");
            afterScheme = rest.Substring(2);
            return scheme;
        }

        private static void SplitHostAndPort(string input, string authority, out string host, out int? port)
        {
            if (authority.Length == 0) throw Invalid(input, "The site has no host name.");
            string portText = null;
            if (authority[0] == '[')
            {
                var close = authority.IndexOf(']');
                host = close < 0 ? authority : authority.Substring(0, close + 1);
                var afterHost = close < 0 ? string.Empty : authority.Substring(close + 1);
                if (!HostName.IsValidIPv6Literal(host)) throw Invalid(input, "The site's IPv6 address '" + host + "' is not valid.");
                if (afterHost.Length > 0)
                {
                    if (afterHost[0] != ':') throw Invalid(input, "The site has unexpected text after the IPv6 address.");
                    portText = afterHost.Substring(1);
                }
            }
            else
            {
                var parts = authority.Split(':');
                if (parts.Length > 2) throw Invalid(input, "The site's host has more than one ':'; write IPv6 addresses in brackets, e.g. https://[::1]:8080.");
                host = parts[0];
                if (parts.Length == 2) portText = parts[1];
                if (!HostName.IsValidNameOrIPv4(host))
                {
                    throw Invalid(input, "The host '" + host
                        + "' is not a valid host name; use letters, digits, hyphens and dots (for an international domain, use its xn-- form).");
                }
            }
            host = host.ToLowerInvariant();
            port = null;
            if (portText != null)
            {
                if (!AsciiDigits.IsAllDigits(portText) || portText.Length > 5
                    || !int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > 65535)
                {
                    throw Invalid(input, "The site's port must be a number from 1 to 65535.");
                }
                port = number;
            }
        }

        private static void RejectNonSiteHosts(string input, string host)
        {
            if (CloudHosts.IsBareCloudApex(host))
            {
                throw Invalid(input, "The site '" + host + "' has no site name; put yours in front of it, e.g. acme." + host + ".");
            }
            if (CloudHosts.IsGateway(host))
            {
                throw Invalid(input, "'" + host + "' is Atlassian's gateway, not a Jira site; "
                    + "give your site (acme.atlassian.net) and JiraAuth will use the gateway when the auth mode needs it.");
            }
            if (CloudHosts.IsLookalike(host))
            {
                throw Invalid(input, "The host '" + host + "' looks like an Atlassian Cloud site but is not one (a real one ends in .atlassian.net); "
                    + "check the address before sending credentials to it.");
            }
        }

        private static InvalidJiraSiteException Invalid(string input, string problem) =>
            new InvalidJiraSiteException(input, SiteMessages.WithExample(problem));
    }
}
