using JiraAuth.Core.Errors;
using JiraAuth.Core.Sites;
using Xunit;

namespace JiraAuth.Core.Tests.Sites
{
    public class JiraSiteParseTests
    {
        [Theory]
        // Site names and hosts without a scheme.
        [InlineData("acme", "https://acme.atlassian.net")]
        [InlineData("  acme  ", "https://acme.atlassian.net")]
        [InlineData("acme/", "https://acme.atlassian.net")]
        [InlineData("acme.atlassian.net", "https://acme.atlassian.net")]
        [InlineData("ACME.Atlassian.NET", "https://acme.atlassian.net")]
        [InlineData("my-team.atlassian.net", "https://my-team.atlassian.net")]
        // Cloud URLs: path and query are pages, never a context path.
        [InlineData("https://acme.atlassian.net", "https://acme.atlassian.net")]
        [InlineData("https://acme.atlassian.net/", "https://acme.atlassian.net")]
        [InlineData("HTTPS://ACME.ATLASSIAN.NET/", "https://acme.atlassian.net")]
        [InlineData("https://acme.atlassian.net/browse/ABC-1", "https://acme.atlassian.net")]
        [InlineData("https://acme.atlassian.net/jira/software/projects/ABC/boards/1?x=1", "https://acme.atlassian.net")]
        [InlineData("https://acme.atlassian.net/wiki/spaces/X", "https://acme.atlassian.net")]
        [InlineData("https://acme.atlassian.net:443/rest/api/3/myself", "https://acme.atlassian.net")]
        [InlineData("acme.atlassian.net/browse/ABC-1", "https://acme.atlassian.net")]
        [InlineData("https://legacy.jira.com/browse/ABC-1", "https://legacy.jira.com")]
        [InlineData("legacy.jira.com", "https://legacy.jira.com")]
        public void CloudInputsBecomeTheSiteRoot(string input, string expected)
        {
            var site = JiraSite.Parse(input, false);

            Assert.Equal(expected, site.ToString());
            Assert.Equal(DeploymentType.Cloud, site.Deployment);
        }

        [Theory]
        // Custom domains keep their host and stay Unknown: the auth mode decides Cloud or Data Center.
        [InlineData("https://jira.acme.com", "https://jira.acme.com")]
        [InlineData("jira.acme.com", "https://jira.acme.com")]
        [InlineData("https://jira.acme.com/", "https://jira.acme.com")]
        [InlineData("https://jira.atlassian.com/browse/JRACLOUD-1", "https://jira.atlassian.com")]
        // Data Center context paths are kept; page and API tails are dropped.
        [InlineData("https://jira.corp.example/jira", "https://jira.corp.example/jira")]
        [InlineData("https://jira.corp.example/jira/", "https://jira.corp.example/jira")]
        [InlineData("https://jira.corp.example//jira//", "https://jira.corp.example/jira")]
        [InlineData("https://jira.corp.example/jira/browse/ABC-1", "https://jira.corp.example/jira")]
        [InlineData("https://jira.corp.example/jira/secure/Dashboard.jspa", "https://jira.corp.example/jira")]
        [InlineData("https://jira.corp.example/jira/Dashboard.jspa", "https://jira.corp.example/jira")]
        [InlineData("https://jira.corp.example/jira/login.jsp?os_destination=x", "https://jira.corp.example/jira")]
        [InlineData("https://jira.corp.example/jira/rest/api/2/myself", "https://jira.corp.example/jira")]
        [InlineData("https://jira.corp.example/jira/projects/ABC/issues/ABC-1", "https://jira.corp.example/jira")]
        [InlineData("https://jira.corp.example/jira/issues/?jql=project%3DABC", "https://jira.corp.example/jira")]
        [InlineData("https://jira.corp.example/jira/plugins/servlet/x", "https://jira.corp.example/jira")]
        [InlineData("https://jira.corp.example/jira/jira/software/projects/ABC/boards/1", "https://jira.corp.example/jira")]
        [InlineData("https://jira.corp.example/jira/software/projects/ABC", "https://jira.corp.example")]
        [InlineData("https://jira.corp.example/tools/jira?x=1", "https://jira.corp.example/tools/jira")]
        [InlineData("https://jira.corp.example/browse/ABC-1", "https://jira.corp.example")]
        [InlineData("https://jira.corp.example/REST/api/2/myself", "https://jira.corp.example")]
        [InlineData("jira.corp.example/jira/browse/ABC-1", "https://jira.corp.example/jira")]
        // Ports: kept unless they are the scheme's default.
        [InlineData("https://jira.corp.example:8443/jira", "https://jira.corp.example:8443/jira")]
        [InlineData("jira.corp.example:8443/jira", "https://jira.corp.example:8443/jira")]
        [InlineData("https://jira.corp.example:443/jira", "https://jira.corp.example/jira")]
        // Local servers and IP literals.
        [InlineData("localhost", "https://localhost")]
        [InlineData("localhost:2990/jira", "https://localhost:2990/jira")]
        [InlineData("https://127.0.0.1:8443", "https://127.0.0.1:8443")]
        [InlineData("127.0.0.1:8443", "https://127.0.0.1:8443")]
        [InlineData("https://[::1]:8443/jira", "https://[::1]:8443/jira")]
        [InlineData("[::1]", "https://[::1]")]
        [InlineData("https://jirahost/jira", "https://jirahost/jira")]
        public void OtherHostsKeepHostPortAndContextPath(string input, string expected)
        {
            var site = JiraSite.Parse(input, false);

            Assert.Equal(expected, site.ToString());
            Assert.Equal(DeploymentType.Unknown, site.Deployment);
        }

        [Theory]
        [InlineData("http://localhost:2990/jira", "http://localhost:2990/jira")]
        [InlineData("http://127.0.0.1:8080", "http://127.0.0.1:8080")]
        [InlineData("http://jira.corp.example:80/jira/browse/X-1", "http://jira.corp.example/jira")]
        [InlineData("HTTP://acme.atlassian.net/", "http://acme.atlassian.net")]
        public void HttpIsAcceptedOnlyWhenUnencryptedAuthenticationIsAllowed(string input, string expected)
        {
            Assert.Equal(expected, JiraSite.Parse(input, allowUnencryptedAuthentication: true).ToString());

            var refused = Assert.Throws<InvalidJiraSiteException>(() => JiraSite.Parse(input, allowUnencryptedAuthentication: false));
            Assert.Contains("unencrypted", refused.Message);
            Assert.Equal(RemedyKind.UseHttpsForSite, Remedies.Of(refused).Kind);
        }

        [Theory]
        [InlineData(null, "required")]
        [InlineData("", "required")]
        [InlineData("   ", "required")]
        [InlineData("acme corp", "whitespace")]
        [InlineData("https://acme.atlassian.net/browse/ABC 1", "whitespace")]
        [InlineData("acme\t.atlassian.net", "whitespace")]
        [InlineData("https://acme.atlassian.net\\jira", "backslash")]
        [InlineData("https://acme.atlassian.net/#/x", "fragment")]
        [InlineData("ftp://acme.atlassian.net", "'ftp:'")]
        [InlineData("file:///etc/passwd", "'file:'")]
        [InlineData("javascript:alert(1)", "'javascript:'")]
        [InlineData("mailto:jira", "'mailto:'")]
        [InlineData("//acme.atlassian.net", "'//'")]
        [InlineData("https:acme.atlassian.net", "missing '//'")]
        [InlineData("https://", "no host")]
        [InlineData("https:///jira", "no host")]
        [InlineData("acme_corp.atlassian.net", "not a valid host name")]
        [InlineData("-acme.atlassian.net", "not a valid host name")]
        [InlineData("acme..atlassian.net", "not a valid host name")]
        [InlineData("acme.atlassian.net.", "not a valid host name")]
        [InlineData("jïra.example.com", "not a valid host name")]
        [InlineData("999.1.1.1", "not a valid host name")]
        [InlineData("1.2.3", "not a valid host name")]
        [InlineData("https://[::1", "IPv6")]
        [InlineData("https://[zz::1]", "IPv6")]
        [InlineData("https://::1", "brackets")]
        [InlineData("https://acme.atlassian.net:0", "port")]
        [InlineData("https://acme.atlassian.net:65536", "port")]
        [InlineData("https://acme.atlassian.net:", "port")]
        [InlineData("https://acme.atlassian.net:+1", "port")]
        [InlineData("https://atlassian.net", "no site name")]
        [InlineData("atlassian.net", "no site name")]
        [InlineData("https://jira.com", "no site name")]
        [InlineData("api.atlassian.com", "gateway")]
        [InlineData("https://api.atlassian.com/ex/jira/1234", "gateway")]
        [InlineData("https://AUTH.atlassian.com/authorize", "gateway")]
        [InlineData("acme.atlassian.net.evil.example", "looks like an Atlassian Cloud site")]
        [InlineData("https://acme.jira.com.evil.example/", "looks like an Atlassian Cloud site")]
        [InlineData("evilatlassian.net", "looks like an Atlassian Cloud site")]
        [InlineData("https://acme-atlassian.net.evil.example", "looks like an Atlassian Cloud site")]
        [InlineData("acme.atlassian.net-evil.com", "looks like an Atlassian Cloud site")]
        [InlineData("acme.atlassian.netevil.com", "looks like an Atlassian Cloud site")]
        [InlineData("acme.jira.com-evil.io", "looks like an Atlassian Cloud site")]
        [InlineData("https://acme.atlassian.com-evil.io/jira", "looks like an Atlassian Cloud site")]
        [InlineData("acme-atlassian.net", "looks like an Atlassian Cloud site")]
        [InlineData("myjira.com", "looks like an Atlassian Cloud site")]
        public void BadInputIsRejectedWithTheProblemAndAGoodExample(string input, string problem)
        {
            var error = Assert.Throws<InvalidJiraSiteException>(() => JiraSite.Parse(input, false));

            Assert.Contains(problem, error.Message);
            Assert.Contains("https://acme.atlassian.net", error.Message);
        }

        [Theory]
        [InlineData("me@example.com:token@acme.atlassian.net")]
        [InlineData("https://me:s3cr3t-t0ken@acme.atlassian.net/")]
        [InlineData("https://jira.corp.example/jira?user=me@example.com")]
        public void CredentialsInTheSiteAreRejectedWithoutEchoingThem(string input)
        {
            var error = Assert.Throws<InvalidJiraSiteException>(() => JiraSite.Parse(input, false));

            Assert.Equal(RemedyKind.PassCredentialSeparately, Remedies.Of(error).Kind);
            Assert.DoesNotContain("s3cr3t", error.Message);
            Assert.DoesNotContain("token@", error.Message);
            Assert.DoesNotContain("me@example.com", error.Message);
            Assert.DoesNotContain("s3cr3t", error.Input);
        }

        [Fact]
        public void RejectionKeepsTheInputForTheErrorRecord()
        {
            var error = Assert.Throws<InvalidJiraSiteException>(() => JiraSite.Parse("ftp://acme.atlassian.net", false));

            Assert.Equal("ftp://acme.atlassian.net", error.Input);
        }

        [Fact]
        public void EquivalentInputsGiveEqualSitesAndOrigins()
        {
            var a = JiraSite.Parse("acme", false);
            var b = JiraSite.Parse("https://ACME.atlassian.net/browse/X-1?y=2", false);

            Assert.Equal(a, b);
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
            Assert.Equal("https://acme.atlassian.net", a.Origin);
            Assert.Equal("acme.atlassian.net", a.Host);
        }

        [Fact]
        public void OriginOfAContextPathSiteIsSchemeHostAndPort()
        {
            var site = JiraSite.Parse("https://jira.corp.example:8443/jira/browse/ABC-1", false);

            Assert.Equal("https://jira.corp.example:8443", site.Origin);
            Assert.Equal("/jira", site.BaseUri.AbsolutePath);
        }

        [Fact]
        public void TryParseReportsTheMessageInsteadOfThrowing()
        {
            Assert.False(JiraSite.TryParse("acme.atlassian.net.evil.example", false, out var site, out var error));
            Assert.Null(site);
            Assert.Contains("looks like", error);

            Assert.True(JiraSite.TryParse("acme", false, out site, out error));
            Assert.Equal("https://acme.atlassian.net", site.ToString());
            Assert.Null(error);
        }
    }
}
