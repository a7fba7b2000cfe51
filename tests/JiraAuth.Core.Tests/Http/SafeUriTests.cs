using System;
using JiraAuth.Core.Http;
using Xunit;
using JiraAuth.Core.Errors;

namespace JiraAuth.Core.Tests.Http
{
    /// <summary>What typed addresses and refused redirects may show: never user info or a query.</summary>
    public class SafeUriTests
    {
        [Theory]
        [InlineData("https://admin:ATATT-secret@acme.atlassian.net", "https://acme.atlassian.net/")]
        [InlineData("https://admin:ATATT-secret@acme.atlassian.net/rest/api/3/x?token=abc", "https://acme.atlassian.net/rest/api/3/x")]
        [InlineData("http://user:se cret@host/x", "http://host/x")]
        [InlineData("https://admin:pa/ss@acme.atlassian.net", "https://acme.atlassian.net")]
        [InlineData("admin:ATATT-secret@acme", "acme")]
        [InlineData("//u:p@evil.example/x", "//evil.example/x")]
        [InlineData("issue/ABC-1?jql=secret", "issue/ABC-1")]
        [InlineData("user/search/me@example.com", "user/search/me@example.com")]
        [InlineData("line\r\nbreak", "line\\r\\nbreak")]
        public void DescribeTextDropsUserInfoAndQuery(string typed, string expected)
        {
            var described = SafeUri.DescribeText(typed);
            Assert.Equal(expected, described);
            Assert.DoesNotContain("secret", described);
            Assert.DoesNotContain("ATATT", described);
        }

        [Fact]
        public void RefusedRedirectsKeepNeitherUserInfoNorQuery()
        {
            var error = new RedirectRefusedException(new Uri("https://u:p@acme.atlassian.net/a?sig=abc"), new Uri("http://x:y@evil.example/b?token=zzz"),
                "refused");
            Assert.Equal("https://acme.atlassian.net/a", error.From.AbsoluteUri);
            Assert.Equal("http://evil.example/b", error.To.AbsoluteUri);
        }

        [Fact]
        public void DebugHeadersShowOnlyAllowListedValues()
        {
            Assert.Equal("application/json", HeaderRedactor.Show("Content-Type", "application/json"));
            Assert.Equal("7", HeaderRedactor.Show("retry-after", "7"));
            Assert.Equal(HeaderRedactor.Redacted, HeaderRedactor.Show("Authorization", "Basic YWRtaW46c2VjcmV0"));
            Assert.Equal(HeaderRedactor.Redacted, HeaderRedactor.Show("Set-Cookie", "JSESSIONID=1"));
            Assert.Equal(HeaderRedactor.Redacted, HeaderRedactor.Show("X-Custom-Thing", "planted"));
            Assert.Equal("https://acme.atlassian.net/next?page=…", HeaderRedactor.Show("Location", "https://acme.atlassian.net/next?page=secret"));
        }
    }
}
