using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Http;
using JiraAuth.Core.Paging;
using JiraAuth.Core.Tests.Support;
using JiraAuth.FakeJira;
using Newtonsoft.Json.Linq;
using Xunit;

namespace JiraAuth.Core.Tests.Integration
{
    /// <summary>Every paging style Jira uses, end to end against the fake Jira, with server-side caps on page size.</summary>
    public class PagingTests : IClassFixture<CloudServerFixture>, IDisposable
    {
        private readonly FakeJiraServer _server;
        private readonly JiraConnection _connection;

        public PagingTests(CloudServerFixture fixture)
        {
            _server = fixture.Server;
            _server.ResetLockouts();
            _server.Faults.Clear();
            _connection = FakeJiraSettings.ConnectWithClassicToken(_server, "paging");
            _server.Requests.Clear();
        }

        public void Dispose() => _connection.Dispose();

        private List<JToken> Page(JiraRequest request, PagingOptions options = null) =>
            new JiraPaginator(_connection.Client).Paginate(request, options ?? new PagingOptions(), CancellationToken.None).ToList();

        private static JiraRequest Get(string path, params (string Key, object Value)[] query)
        {
            var request = new JiraRequest(HttpMethod.Get, path);
            foreach (var (key, value) in query) request.Query[key] = value;
            return request;
        }

        private List<string> LoggedQueries() => _server.Requests.Snapshot().Select(r => r.Query).ToList();

        [Fact]
        public void PageBeanAdvancesByWhatTheServerReturnedNotWhatWasAsked()
        {
            var projects = Page(Get("project/search", ("maxResults", 500)));

            Assert.Equal(123, projects.Count);
            Assert.Equal(123, projects.Select(p => (string)p["key"]).Distinct().Count());
            Assert.Equal(new[] { "?maxResults=500", "?maxResults=500&startAt=100" }, LoggedQueries());
        }

        [Fact]
        public void TokenPagesFollowNextPageTokenOverGet()
        {
            var issues = Page(Get("search/jql", ("jql", "project = ABC"), ("fields", "summary"), ("maxResults", 50)));

            Assert.Equal(137, issues.Count);
            Assert.Equal(Enumerable.Range(1, 137).Select(i => "ABC-" + i).OrderBy(k => k), issues.Select(i => (string)i["key"]).OrderBy(k => k));
            var queries = LoggedQueries();
            Assert.Equal(3, queries.Count);
            Assert.DoesNotContain("nextPageToken", queries[0]);
            Assert.Contains("nextPageToken=", queries[1]);
            Assert.All(queries, q => Assert.DoesNotContain("startAt", q));
        }

        [Fact]
        public void TokenPagesFollowNextPageTokenOverPost()
        {
            var request = new JiraRequest(HttpMethod.Post,
                "search/jql") { Body = JObject.Parse("{\"jql\":\"project = ABC\",\"maxResults\":100,\"fields\":[\"summary\"]}") };

            var issues = Page(request);

            Assert.Equal(137, issues.Count);
            var bodies = _server.Requests.Snapshot().Select(r => JObject.Parse(r.Body)).ToList();
            Assert.Equal(2, bodies.Count);
            Assert.Null(bodies[0]["nextPageToken"]);
            Assert.False(string.IsNullOrEmpty((string)bodies[1]["nextPageToken"]));
        }

        [Fact]
        public void BareArraysPageUntilAnEmptyPage()
        {
            var users = Page(Get("users/search", ("maxResults", 50)));

            Assert.Equal(131, users.Count);
            Assert.Equal(131, users.Select(u => (string)u["accountId"]).Distinct().Count());
        }

        [Fact]
        public void AgileSprintsPageOnIsLastWithoutATotalDespiteTheCapOfFifty()
        {
            var sprints = Page(Get("/rest/agile/1.0/board/1/sprint", ("maxResults", 200)));

            Assert.Equal(57, sprints.Count);
            Assert.Equal(new[] { "?maxResults=200", "?maxResults=200&startAt=50" }, LoggedQueries());
        }

        [Fact]
        public void CommentsPageOnTotal()
        {
            var comments = Page(Get("issue/ABC-1/comment", ("maxResults", 3)));

            Assert.Equal(7, comments.Count);
            Assert.Equal(3, _server.Requests.Count);
        }

        [Fact]
        public void FirstStopsWithoutFetchingAnotherPage()
        {
            var projects = Page(Get("project/search", ("maxResults", 50)), new PagingOptions { First = 60 });

            Assert.Equal(60, projects.Count);
            Assert.Equal(2, _server.Requests.Count);
        }

        [Fact]
        public void SkipDropsItemsAcrossPages()
        {
            var all = Page(Get("project/search", ("maxResults", 50))).Select(p => (string)p["key"]).ToList();
            _server.Requests.Clear();

            var skipped = Page(Get("project/search", ("maxResults", 50)), new PagingOptions { Skip = 70, First = 10 }).Select(p => (string)p["key"]).ToList();

            Assert.Equal(all.Skip(70).Take(10), skipped);
        }

        [Fact]
        public void YieldsItemsAsPagesArrive()
        {
            using (var items = new JiraPaginator(_connection.Client).Paginate(Get("project/search", ("maxResults", 50)), new PagingOptions(),
                CancellationToken.None).GetEnumerator())
            {
                Assert.True(items.MoveNext());
                Assert.Equal(1, _server.Requests.Count);
            }
        }

        [Fact]
        public void ASinglePlainObjectIsOneItem()
        {
            var issue = Assert.Single(Page(Get("issue/ABC-2")));

            Assert.Equal("ABC-2", (string)issue["key"]);
        }
    }
}
