using System.Collections.Generic;
using JiraAuth.Core.Connections;
using Xunit;

namespace JiraAuth.Core.Tests.Connections
{
    public class EnvironmentCredentialReaderTests
    {
        private static EnvironmentCredentialReader Reader(Dictionary<string, string> variables) =>
            new EnvironmentCredentialReader(name => variables.TryGetValue(name, out var v) ? v : null);

        [Fact]
        public void Reads_all_variables_when_present()
        {
            var result = Reader(new Dictionary<string, string>
            {
                ["JIRA_SITE"] = " acme.atlassian.net ",
                ["JIRA_EMAIL"] = "admin@acme.example",
                ["JIRA_API_TOKEN"] = "tok",
                ["JIRA_CLOUD_ID"] = "abc",
            }).Read();

            Assert.True(result.IsComplete);
            Assert.Equal("acme.atlassian.net", result.Site);
            Assert.Equal("JIRA_SITE", result.SiteVariable);
            Assert.Equal("admin@acme.example", result.Email);
            Assert.Equal("tok", result.ApiToken.Reveal());
            Assert.Equal("abc", result.CloudId);
        }

        [Fact]
        public void Falls_back_to_JIRA_DOMAIN_and_prefers_JIRA_SITE()
        {
            var domainOnly = Reader(new Dictionary<string, string> { ["JIRA_DOMAIN"] = "acme", ["JIRA_EMAIL"] = "e", ["JIRA_API_TOKEN"] = "t" }).Read();
            Assert.Equal("acme", domainOnly.Site);
            Assert.Equal("JIRA_DOMAIN", domainOnly.SiteVariable);

            var both = Reader(new Dictionary<string,
                string> { ["JIRA_SITE"] = "one", ["JIRA_DOMAIN"] = "two", ["JIRA_EMAIL"] = "e", ["JIRA_API_TOKEN"] = "t" }).Read();
            Assert.Equal("one", both.Site);
        }

        [Fact]
        public void Site_override_wins_and_satisfies_the_site_requirement()
        {
            var result = Reader(new Dictionary<string, string> { ["JIRA_SITE"] = "env", ["JIRA_EMAIL"] = "e", ["JIRA_API_TOKEN"] = "t" })
                .Read("typed", "-Site");
            Assert.Equal("typed", result.Site);
            Assert.Equal("-Site", result.SiteVariable);
        }

        [Fact]
        public void Lists_every_missing_or_blank_required_variable()
        {
            var result = Reader(new Dictionary<string, string> { ["JIRA_EMAIL"] = "  ", ["JIRA_API_TOKEN"] = "" }).Read();

            Assert.False(result.IsComplete);
            Assert.Equal(new[] { "JIRA_SITE (or JIRA_DOMAIN)", "JIRA_EMAIL", "JIRA_API_TOKEN" }, result.Missing);
            Assert.Null(result.CloudId);
        }

        [Fact]
        public void ToString_never_shows_the_token()
        {
            var result = Reader(new Dictionary<string, string> { ["JIRA_SITE"] = "acme", ["JIRA_EMAIL"] = "e", ["JIRA_API_TOKEN"] = "secret-value" }).Read();
            Assert.DoesNotContain("secret-value", result.ToString());
        }
    }
}
