using System;
using System.Collections.Generic;
using JiraAuth.Core.Http;
using Xunit;

namespace JiraAuth.Core.Tests.Http
{
    public class RequestUriBuilderTests
    {
        private static readonly RequestUriBuilder Cloud = new RequestUriBuilder(new Uri("https://acme.atlassian.net"), "3");
        private static readonly RequestUriBuilder DataCenter = new RequestUriBuilder(new Uri("https://jira.corp.example/jira"), "2");
        private static readonly RequestUriBuilder Gateway =
            new RequestUriBuilder(new Uri("https://api.atlassian.com/ex/jira/9f2b5c1e-3d4a-4b6c-8e7f-0a1b2c3d4e5f"), "3");

        [Theory]
        [InlineData("issue/ABC-1", "https://acme.atlassian.net/rest/api/3/issue/ABC-1")]
        [InlineData("/rest/api/2/myself", "https://acme.atlassian.net/rest/api/2/myself")]
        [InlineData("/rest/agile/1.0/board/1/sprint", "https://acme.atlassian.net/rest/agile/1.0/board/1/sprint")]
        [InlineData("  myself ", "https://acme.atlassian.net/rest/api/3/myself")]
        [InlineData("https://acme.atlassian.net/rest/api/3/project/search?startAt=50", "https://acme.atlassian.net/rest/api/3/project/search?startAt=50")]
        public void ResolvesCloudPaths(string path, string expected) => Assert.Equal(expected, Cloud.Build(path, null).AbsoluteUri);

        [Theory]
        [InlineData("issue/ABC-1", "https://jira.corp.example/jira/rest/api/2/issue/ABC-1")]
        [InlineData("/rest/api/latest/myself", "https://jira.corp.example/jira/rest/api/latest/myself")]
        public void KeepsTheDataCenterContextPath(string path, string expected) => Assert.Equal(expected, DataCenter.Build(path, null).AbsoluteUri);

        [Fact]
        public void GatewayPathsStayUnderTheCloudId() =>
            Assert.Equal("https://api.atlassian.com/ex/jira/9f2b5c1e-3d4a-4b6c-8e7f-0a1b2c3d4e5f/rest/api/3/myself", Gateway.Build("myself", null).AbsoluteUri);

        [Theory]
        [InlineData("https://evil.example/rest/api/3/myself")]
        [InlineData("https://acme.atlassian.net:8443/rest/api/3/myself")]
        [InlineData("http://acme.atlassian.net/rest/api/3/myself")]
        [InlineData("//evil.example/rest")]
        public void RefusesAbsoluteUrlsOffTheConnectionsOrigin(string path)
        {
            var error = Assert.Throws<ArgumentException>(() => Cloud.Build(path, null));
            Assert.Contains("rest", error.Message);
        }

        [Fact]
        public void RefusesGatewayUrlsForAnotherCloudId() =>
            Assert.Throws<ArgumentException>(() =>
                Gateway.Build("https://api.atlassian.com/ex/jira/00000000-0000-0000-0000-000000000000/rest/api/3/myself", null));

        [Theory]
        [InlineData("issue/ABC-1\r\nX-Injected: 1")]
        [InlineData("issue/ABC-1#frag")]
        [InlineData("issue\\ABC-1")]
        [InlineData("")]
        [InlineData("   ")]
        public void RefusesMalformedPaths(string path) => Assert.Throws<ArgumentException>(() => Cloud.Build(path, null));

        [Theory]
        [InlineData("../../../x")]
        [InlineData("%2e%2e/%2e%2e/%2e%2e/x")]
        [InlineData("%2E%2E/%2E%2E/%2E%2E/x")]
        [InlineData("..%2f..%2f..%2fx")]
        [InlineData("%252e%252e/%252e%252e/x")]
        [InlineData("/rest/api/3/../../../x")]
        [InlineData("issue/./ABC-1")]
        [InlineData("https://acme.atlassian.net/rest/api/3/../../../x")]
        public void RefusesDotSegmentsOnCloud(string path)
        {
            var error = Assert.Throws<ArgumentException>(() => Cloud.Build(path, null));
            Assert.Contains("segment", error.Message);
        }

        [Theory]
        [InlineData("/../confluence/rest/api/space")]
        [InlineData("/%2e%2e/confluence/rest/api/space")]
        [InlineData("../../../../confluence/rest/api/space")]
        public void RefusesDotSegmentsThatLeaveTheDataCenterContextPath(string path) =>
            Assert.Throws<ArgumentException>(() => DataCenter.Build(path, null));

        [Theory]
        [InlineData("/../00000000-0000-0000-0000-000000000000/rest/api/3/myself")]
        [InlineData("/%2e%2e/00000000-0000-0000-0000-000000000000/rest/api/3/myself")]
        [InlineData("../../../../00000000-0000-0000-0000-000000000000/rest/api/3/myself")]
        public void RefusesDotSegmentsThatReachAnotherCloudIdOnTheGateway(string path) =>
            Assert.Throws<ArgumentException>(() => Gateway.Build(path, null));

        [Theory]
        [InlineData("search/jql?jql=summary ~ \"..\"", "/rest/api/3/search/jql", "?jql=summary ~ \"..\"")]
        [InlineData("issue/ABC-1..2", "/rest/api/3/issue/ABC-1..2", "")]
        [InlineData("/rest/agile/1.0/board", "/rest/agile/1.0/board", "")]
        public void KeepsDotsThatAreNotPathSegments(string path, string expectedPath, string expectedQuery)
        {
            var uri = Cloud.Build(path, null);
            Assert.Equal("acme.atlassian.net", uri.Host);
            Assert.Equal(expectedPath, uri.AbsolutePath);
            Assert.Equal(expectedQuery, Uri.UnescapeDataString(uri.Query));
        }

        [Fact]
        public void EncodesQueryValues()
        {
            var query = new Dictionary<string, object>
            {
                ["jql"] = "project = ABC AND summary ~ \"a&b=c\"",
                ["maxResults"] = 100,
                ["validate"] = true,
                ["expand"] = new[] { "names", "schema" },
                ["ümlaut"] = "ä ö",
            };
            var uri = Cloud.Build("search/jql", query);
            Assert.Equal(
                "?jql=project%20%3D%20ABC%20AND%20summary%20~%20%22a%26b%3Dc%22"
                    + "&maxResults=100&validate=true&expand=names&expand=schema&%C3%BCmlaut=%C3%A4%20%C3%B6",
                uri.Query);
        }

        [Fact]
        public void MergesWithAQueryAlreadyInThePath()
        {
            var uri = Cloud.Build("project/search?orderBy=key", new Dictionary<string, object> { ["startAt"] = 50 });
            Assert.Equal("?orderBy=key&startAt=50", uri.Query);
        }

        [Fact]
        public void FormatsNumbersAndDatesInvariantly()
        {
            Assert.Equal("1.5", RequestUriBuilder.FormatValue(1.5));
            Assert.Equal("2026-01-02T03:04:05.000+00:00", RequestUriBuilder.FormatValue(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)));
        }
    }
}
