using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using JiraAuth.Core.Http;
using JiraAuth.Core.Paging;
using Newtonsoft.Json.Linq;
using Xunit;
using static JiraAuth.Core.Tests.Paging.GeneratedPages;

namespace JiraAuth.Core.Tests.Paging
{
    public class JiraPaginatorTests
    {
        private static JiraRequest Get(string path, long? maxResults = null)
        {
            var request = new JiraRequest(HttpMethod.Get, path);
            if (maxResults.HasValue) request.Query["maxResults"] = maxResults.Value;
            return request;
        }

        private static List<JToken> PageAll(FakeJiraSender sender, JiraRequest request, PagingOptions options = null) =>
            new JiraPaginator(sender).Paginate(request, options, CancellationToken.None).ToList();

        private static object[] StartAts(FakeJiraSender sender) =>
            sender.Requests.Select(r => r.Query.TryGetValue("startAt", out var v) ? v : null).ToArray();

        [Fact]
        public void Advances_startAt_by_items_actually_returned_when_the_server_caps_maxResults()
        {
            var sender = new FakeJiraSender(OffsetServer(total: 250, cap: 100));
            var items = PageAll(sender, Get("/rest/api/3/project/search", maxResults: 500));

            Assert.Equal(Range(0, 250), Ids(items));
            Assert.Equal(new object[] { null, 100L, 200L }, StartAts(sender));
            Assert.All(sender.Requests, r => Assert.Equal(500L, r.Query["maxResults"]));
        }

        [Fact]
        public void Stops_on_isLast_when_there_is_no_total()
        {
            var sender = new FakeJiraSender(OffsetServer(total: 120, cap: 50, includeTotal: false));
            var items = PageAll(sender, Get("/rest/agile/1.0/board/1/sprint", maxResults: 100));

            Assert.Equal(Range(0, 120), Ids(items));
            Assert.Equal(new object[] { null, 50L, 100L }, StartAts(sender));
        }

        [Fact]
        public void Stops_on_total_when_there_is_no_isLast()
        {
            var sender = new FakeJiraSender(OffsetServer(total: 100, cap: 50, itemsKey: "issues", includeIsLast: false));
            var items = PageAll(sender, Get("/rest/agile/1.0/board/1/issue"));

            Assert.Equal(Range(0, 100), Ids(items));
            Assert.Equal(2, sender.Requests.Count);
        }

        [Fact]
        public void Stops_on_an_empty_page_when_neither_total_nor_isLast_is_sent()
        {
            var sender = new FakeJiraSender(OffsetServer(total: 120, cap: 50, includeTotal: false, includeIsLast: false));
            var items = PageAll(sender, Get("/rest/api/3/some/list"));

            Assert.Equal(Range(0, 120), Ids(items));
            Assert.Equal(new object[] { null, 50L, 100L, 120L }, StartAts(sender));
        }

        [Fact]
        public void Empty_first_page_yields_nothing_after_one_request()
        {
            var sender = FakeJiraSender.Serving("{\"startAt\":0,\"maxResults\":50,\"values\":[]}");
            Assert.Empty(PageAll(sender, Get("/rest/api/3/project/search")));
            Assert.Single(sender.Requests);
        }

        [Fact]
        public void Is_lazy_and_requests_the_next_page_only_when_asked()
        {
            var sender = new FakeJiraSender(OffsetServer(total: 1000, cap: 100));
            var sequence = new JiraPaginator(sender).Paginate(Get("/rest/api/3/project/search", 100), new PagingOptions(), CancellationToken.None);
            Assert.Empty(sender.Requests);

            var firstThree = sequence.Take(3).ToList();
            Assert.Equal(new long[] { 0, 1, 2 }, Ids(firstThree));
            Assert.Single(sender.Requests);

            using (var enumerator = sequence.GetEnumerator())
            {
                for (var i = 0; i < 101; i++) Assert.True(enumerator.MoveNext());
                Assert.Equal(100L, enumerator.Current.Value<long>("id"));
            }
            Assert.Equal(3, sender.Requests.Count);
        }

        [Fact]
        public void First_stops_without_requesting_another_page()
        {
            var sender = new FakeJiraSender(OffsetServer(total: 250, cap: 100));
            var items = PageAll(sender, Get("/rest/api/3/project/search", 100), new PagingOptions { First = 100 });

            Assert.Equal(Range(0, 100), Ids(items));
            Assert.Single(sender.Requests);
        }

        [Fact]
        public void First_and_Skip_count_items_across_pages()
        {
            var sender = new FakeJiraSender(OffsetServer(total: 250, cap: 100));
            var items = PageAll(sender, Get("/rest/api/3/project/search", 100), new PagingOptions { Skip = 95, First = 10 });

            Assert.Equal(Range(95, 10), Ids(items));
            Assert.Equal(2, sender.Requests.Count);
        }

        [Fact]
        public void Skip_beyond_the_first_page_jumps_startAt_instead_of_fetching_skipped_pages()
        {
            var sender = new FakeJiraSender(OffsetServer(total: 1000, cap: 100));
            var items = PageAll(sender, Get("/rest/api/3/project/search", 100), new PagingOptions { Skip = 730, First = 5 });

            Assert.Equal(Range(730, 5), Ids(items));
            Assert.Equal(new object[] { null, 730L }, StartAts(sender));
        }

        [Fact]
        public void Skip_past_the_total_stops_after_the_first_page()
        {
            var sender = new FakeJiraSender(OffsetServer(total: 150, cap: 100));
            Assert.Empty(PageAll(sender, Get("/rest/api/3/project/search", 100), new PagingOptions { Skip = 500 }));
            Assert.Single(sender.Requests);
        }

        [Fact]
        public void First_zero_sends_nothing()
        {
            var sender = new FakeJiraSender(OffsetServer(total: 10, cap: 100));
            Assert.Empty(PageAll(sender, Get("/rest/api/3/project/search"), new PagingOptions { First = 0 }));
            Assert.Empty(sender.Requests);
        }

        [Fact]
        public void Offset_POST_with_a_JSON_body_sets_startAt_in_the_body_and_leaves_the_callers_body_alone()
        {
            var sender = new FakeJiraSender((request, index) =>
            {
                var startAt = ((JObject)request.Body).Value<long?>("startAt") ?? 0;
                var count = Math.Min(2, 5 - startAt);
                return new JObject { ["startAt"] = startAt, ["maxResults"] = 2, ["total"] = 5, ["issues"] = Items(startAt, count) }.ToString();
            });
            var body = new JObject { ["jql"] = "project = KP" };
            var request = new JiraRequest(HttpMethod.Post, "/rest/api/2/search") { Body = body };

            var items = PageAll(sender, request);

            Assert.Equal(Range(0, 5), Ids(items));
            Assert.Equal(new long?[] { null, 2, 4 }, sender.Requests.Select(r => ((JObject)r.Body).Value<long?>("startAt")).ToArray());
            Assert.All(sender.Requests, r => Assert.False(r.Query.ContainsKey("startAt")));
            Assert.Null(body["startAt"]);
        }

        [Fact]
        public void Absolute_nextPage_urls_are_never_followed()
        {
            var sender = new FakeJiraSender((request, index) =>
            {
                var startAt = StartAtOf(request);
                return new JObject
                {
                    ["self"] = "https://evil.example/rest/api/3/project/search",
                    ["nextPage"] = "https://evil.example/rest/api/3/project/search?startAt=" + (startAt + 2),
                    ["startAt"] = startAt, ["maxResults"] = 2, ["total"] = 6, ["isLast"] = startAt + 2 >= 6,
                    ["values"] = Items(startAt, 2),
                }.ToString();
            });

            var items = PageAll(sender, Get("/rest/api/3/project/search", 2));

            Assert.Equal(Range(0, 6), Ids(items));
            Assert.All(sender.Requests, r => Assert.Equal("/rest/api/3/project/search", r.Path));
            Assert.DoesNotContain(sender.Requests, r => r.Query.Values.Any(v => v?.ToString().Contains("evil") == true));
        }

        [Fact]
        public void Offset_server_that_ignores_startAt_is_stopped_by_the_repeated_page_guard()
        {
            var sender = new FakeJiraSender((request, index) =>
                new JObject { ["startAt"] = 0, ["maxResults"] = 3, ["values"] = Items(0, 3) }.ToString());
            var warnings = new List<string>();

            var items = PageAll(sender, Get("/rest/api/3/odd"), new PagingOptions { OnWarning = warnings.Add });

            Assert.Equal(Range(0, 3), Ids(items));
            Assert.Equal(2, sender.Requests.Count);
            Assert.Contains("same page", Assert.Single(warnings));
        }

        [Fact]
        public void Bare_arrays_page_by_startAt_until_an_empty_page()
        {
            var sender = new FakeJiraSender(BareArrayServer(total: 120, cap: 50));
            var items = PageAll(sender, Get("/rest/api/3/users/search", maxResults: 50));

            Assert.Equal(Range(0, 120), Ids(items));
            Assert.Equal(new object[] { null, 50L, 100L, 120L }, StartAts(sender));
            Assert.All(sender.Requests, r => Assert.Equal(50L, r.Query["maxResults"]));
        }

        [Fact]
        public void Bare_array_endpoint_that_ignores_startAt_yields_each_item_once()
        {
            var sender = new FakeJiraSender((request, index) => Items(0, 4).ToString());
            var warnings = new List<string>();

            var items = PageAll(sender, Get("/rest/api/3/project"), new PagingOptions { OnWarning = warnings.Add });

            Assert.Equal(Range(0, 4), Ids(items));
            Assert.Equal(2, sender.Requests.Count);
            Assert.Single(warnings);
        }

        [Fact]
        public void Bare_array_from_POST_is_never_re_sent()
        {
            var sender = FakeJiraSender.Serving(Items(0, 3).ToString());
            var items = PageAll(sender, new JiraRequest(HttpMethod.Post, "/rest/api/3/bulk/thing") { Body = "{\"a\":1}" });

            Assert.Equal(Range(0, 3), Ids(items));
            Assert.Single(sender.Requests);
        }

        [Fact]
        public void Token_paging_over_GET_puts_the_token_in_the_query_and_never_sends_startAt()
        {
            var sender = FakeJiraSender.Serving(
                "{\"issues\":[{\"id\":1}],\"nextPageToken\":\"t2\",\"isLast\":false}",
                "{\"issues\":[{\"id\":2}],\"nextPageToken\":\"t3\",\"isLast\":false}",
                "{\"issues\":[{\"id\":3}],\"isLast\":true}");
            var request = Get("/rest/api/3/search/jql", 1);
            request.Query["jql"] = "project = KP";
            request.Query["startAt"] = 0;

            var items = PageAll(sender, request);

            Assert.Equal(new long[] { 1, 2, 3 }, Ids(items));
            Assert.Equal(new object[] { null, "t2", "t3" },
                sender.Requests.Select(r => r.Query.TryGetValue("nextPageToken", out var t) ? t : null).ToArray());
            Assert.All(sender.Requests.Skip(1), r => Assert.False(r.Query.ContainsKey("startAt")));
            Assert.All(sender.Requests, r => Assert.Equal("project = KP", r.Query["jql"]));
        }

        [Fact]
        public void Token_paging_stops_when_the_last_page_omits_the_token_even_without_isLast()
        {
            var sender = FakeJiraSender.Serving("{\"issues\":[{\"id\":1}],\"nextPageToken\":\"t2\"}", "{\"issues\":[{\"id\":2}]}");
            Assert.Equal(new long[] { 1, 2 }, Ids(PageAll(sender, Get("/rest/api/3/search/jql"))));
            Assert.Equal(2, sender.Requests.Count);
        }

        public static IEnumerable<object[]> PostBodies()
        {
            yield return new object[] { new JObject { ["jql"] = "project = KP", ["startAt"] = 0 } };
            yield return new object[] { "{\"jql\":\"project = KP\",\"startAt\":0}" };
            yield return new object[] { new Hashtable { ["jql"] = "project = KP", ["startAt"] = 0 } };
            yield return new object[] { new Dictionary<string, object> { ["jql"] = "project = KP", ["startAt"] = 0 } };
        }

        [Theory]
        [MemberData(nameof(PostBodies))]
        public void Token_paging_over_POST_puts_the_token_in_the_body(object body)
        {
            var sender = FakeJiraSender.Serving(
                "{\"issues\":[{\"id\":1}],\"nextPageToken\":\"t2\",\"isLast\":false}",
                "{\"issues\":[{\"id\":2}],\"isLast\":true}");
            var request = new JiraRequest(HttpMethod.Post, "/rest/api/3/search/jql") { Body = body };

            var items = PageAll(sender, request);

            Assert.Equal(new long[] { 1, 2 }, Ids(items));
            var second = JObject.FromObject(sender.Requests[1].Body is string text ? JObject.Parse(text) : sender.Requests[1].Body);
            Assert.Equal("t2", second.Value<string>("nextPageToken"));
            Assert.Equal("project = KP", second.Value<string>("jql"));
            Assert.Null(second["startAt"]);
            Assert.Empty(sender.Requests[1].Query);
            Assert.Same(body, sender.Requests[0].Body);
            Assert.Null(JObject.FromObject(body is string s ? JObject.Parse(s) : body)["nextPageToken"]);
        }

        [Fact]
        public void Token_paging_over_POST_refuses_a_body_it_cannot_edit()
        {
            var sender = FakeJiraSender.Serving("{\"issues\":[{\"id\":1}],\"nextPageToken\":\"t2\",\"isLast\":false}");
            var request = new JiraRequest(HttpMethod.Post, "/rest/api/3/search/jql") { Body = new byte[] { 1 } };

            var error = Assert.Throws<NotSupportedException>(() => PageAll(sender, request));
            Assert.Contains("hashtable", error.Message);
        }

        [Fact]
        public void Repeated_token_stops_paging_with_a_warning()
        {
            var sender = new FakeJiraSender((request, index) => "{\"issues\":[{\"id\":" + index + "}],\"nextPageToken\":\"same\",\"isLast\":false}");
            var warnings = new List<string>();

            // First caps a broken guard so the test fails instead of hanging.
            var items = PageAll(sender, Get("/rest/api/3/search/jql"), new PagingOptions { OnWarning = warnings.Add, First = 50 });

            Assert.Equal(new long[] { 0, 1 }, Ids(items));
            Assert.Equal(2, sender.Requests.Count);
            Assert.Contains("nextPageToken", Assert.Single(warnings));
        }

        [Fact]
        public void Empty_token_page_stops_even_with_a_fresh_token()
        {
            var sender = new FakeJiraSender((request, index) => "{\"issues\":[],\"nextPageToken\":\"t" + index + "\"}");

            var items = PageAll(sender, Get("/rest/api/3/search/jql"), new PagingOptions { First = 50 });

            Assert.Empty(items);
            Assert.Single(sender.Requests);
        }

        [Fact]
        public void Bare_array_that_ignores_startAt_and_reshuffles_stops_with_a_warning()
        {
            var sender = new FakeJiraSender((request, index) => index % 2 == 0 ? "[{\"id\":1},{\"id\":2}]" : "[{\"id\":2},{\"id\":1}]");
            var warnings = new List<string>();

            var items = PageAll(sender, Get("/rest/api/3/users/search"), new PagingOptions { OnWarning = warnings.Add, First = 50 });

            Assert.Equal(new long[] { 1, 2 }, Ids(items));
            Assert.Equal(2, sender.Requests.Count);
            Assert.Contains("already returned", Assert.Single(warnings));
        }

        [Fact]
        public void Single_object_is_one_item()
        {
            var sender = FakeJiraSender.Serving("{\"accountId\":\"abc\",\"displayName\":\"Me\"}");
            var item = Assert.Single(PageAll(sender, Get("/rest/api/3/myself")));
            Assert.Equal("Me", item.Value<string>("displayName"));
            Assert.Single(sender.Requests);
        }

        [Fact]
        public void Reports_progress_for_each_page()
        {
            var sender = new FakeJiraSender(OffsetServer(total: 120, cap: 50));
            var progress = new List<PageProgress>();

            PageAll(sender, Get("/rest/api/3/project/search"), new PagingOptions { OnPage = progress.Add });

            Assert.Equal(new[] { 1, 2, 3 }, progress.Select(p => p.PageNumber).ToArray());
            Assert.Equal(new[] { 50, 50, 20 }, progress.Select(p => p.ItemsInPage).ToArray());
            Assert.Equal(new long[] { 50, 100, 120 }, progress.Select(p => p.ItemsReceived).ToArray());
            Assert.All(progress, p => Assert.Equal(120L, p.Total));
            Assert.All(progress, p => Assert.Equal(PageStyle.Offset, p.Style));
        }

        [Fact]
        public void Cancellation_stops_before_the_next_request()
        {
            var sender = new FakeJiraSender(OffsetServer(total: 500, cap: 100));
            using (var cts = new CancellationTokenSource())
            {
                var sequence = new JiraPaginator(sender).Paginate(Get("/rest/api/3/project/search", 100), null, cts.Token);
                using (var enumerator = sequence.GetEnumerator())
                {
                    for (var i = 0; i < 100; i++) enumerator.MoveNext();
                    cts.Cancel();
                    Assert.Throws<OperationCanceledException>(() => enumerator.MoveNext());
                }
            }
            Assert.Single(sender.Requests);
        }
    }
}
