using System.Linq;
using System.Net.Http;
using System.Threading;
using JiraAuth.Core.Http;
using JiraAuth.Core.Paging;
using JiraAuth.Core.Tests.Support;
using Newtonsoft.Json.Linq;
using Xunit;

namespace JiraAuth.Core.Tests.Paging
{
    /// <summary>Pages served from recorded Jira bodies, so the paging rules are checked against what Jira really sends.</summary>
    public class JiraPaginatorFixtureTests
    {
        private static JToken[] PageAll(FakeJiraSender sender, JiraRequest request) =>
            new JiraPaginator(sender).Paginate(request, new PagingOptions(), CancellationToken.None).ToArray();

        private static FakeJiraSender ServingFixtures(params string[] fixtures) => FakeJiraSender.Serving(fixtures.Select(Fixtures.Read).ToArray());

        [FixtureTheory]
        [InlineData("cloud-recorded/filter-search.pagebean.json", "/rest/api/3/filter/search", 2)]
        [InlineData("cloud-recorded/agile/board-sprints.isLast-no-total.json", "/rest/agile/1.0/board/4/sprint", 1)]
        [InlineData("cloud-recorded/agile/board-projects.total-and-isLast.json", "/rest/agile/1.0/board/4/project", 1)]
        [InlineData("cloud-recorded/issue-comments.v2.paged.json", "/rest/api/2/issue/10009/comment", 17)]
        [InlineData("cloud-recorded/search.v3.offset-paged.json", "/rest/api/3/search", 18)]
        [InlineData("atlassian-spec-examples/search-jql.200.example.json", "/rest/api/3/search/jql", 1)]
        public void Single_recorded_page_that_says_it_is_complete_takes_one_request(string fixture, string path, int expectedItems)
        {
            var sender = ServingFixtures(fixture);
            Assert.Equal(expectedItems, PageAll(sender, new JiraRequest(HttpMethod.Get, path)).Length);
            Assert.Single(sender.Requests);
        }

        [FixtureFact]
        public void PageBean_items_are_the_values_in_order()
        {
            var items = PageAll(ServingFixtures("cloud-recorded/filter-search.pagebean.json"), new JiraRequest(HttpMethod.Get, "/rest/api/3/filter/search"));
            Assert.Equal(new[] { "10001", "10000" }, items.Select(i => i.Value<string>("id")).ToArray());
        }

        [FixtureFact]
        public void Recorded_token_pages_chain_through_the_token()
        {
            var sender = ServingFixtures("third-party-handwritten/rhs-search-jql-page1.json", "third-party-handwritten/rhs-search-jql-last.json");
            var request = new JiraRequest(HttpMethod.Get, "/rest/api/3/search/jql");
            request.Query["jql"] = "project = TES ORDER BY key";

            var items = PageAll(sender, request);

            Assert.Equal(new[] { "TES-41", "TES-42" }, items.Select(i => i.Value<string>("key")).ToArray());
            Assert.Equal("opaque-token-page-2", sender.Requests[1].Query["nextPageToken"]);
            Assert.DoesNotContain(sender.Requests, r => r.Query.ContainsKey("startAt"));
        }

        [FixtureFact]
        public void Recorded_bare_array_continues_by_item_count_and_stops_on_an_empty_page()
        {
            var sender = FakeJiraSender.Serving(Fixtures.Read("atlassian-spec-examples/users-search.array.200.example.json"), "[]");
            var request = new JiraRequest(HttpMethod.Get, "/rest/api/3/users/search");

            var items = PageAll(sender, request);

            Assert.Equal(new[] { "Mia Krystof", "Emma Richards" }, items.Select(i => i.Value<string>("displayName")).ToArray());
            Assert.Equal(2L, sender.Requests[1].Query["startAt"]);
        }

        [FixtureFact]
        public void PageBean_nextPage_url_is_ignored_in_favour_of_startAt()
        {
            // The spec example names https://your-domain.atlassian.net in nextPage; the follow-up must stay on our own path.
            var rest = new JObject { ["startAt"] = 2, ["maxResults"] = 2, ["total"] = 7, ["isLast"] = true,
                ["values"] = new JArray(new JObject { ["id"] = "x" }) };
            var sender = FakeJiraSender.Serving(Fixtures.Read("atlassian-spec-examples/project-search.pagebean.200.example.json"), rest.ToString());
            var request = new JiraRequest(HttpMethod.Get, "/rest/api/3/project/search");
            request.Query["maxResults"] = 2;

            var items = PageAll(sender, request);

            Assert.Equal(3, items.Length);
            Assert.Equal("/rest/api/3/project/search", sender.Requests[1].Path);
            Assert.Equal(2L, sender.Requests[1].Query["startAt"]);
            Assert.Equal(2, sender.Requests[1].Query["maxResults"]);
        }

        [FixtureFact]
        public void Recorded_single_object_is_one_item()
        {
            var sender = ServingFixtures("cloud-recorded/myself.v3.json");
            var item = Assert.Single(PageAll(sender, new JiraRequest(HttpMethod.Get, "/rest/api/3/myself")));
            Assert.Equal("Carlos Treminio", item.Value<string>("displayName"));
        }
    }
}
