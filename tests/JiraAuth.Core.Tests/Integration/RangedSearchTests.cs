using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Http;
using JiraAuth.Core.Json;
using JiraAuth.Core.Paging;
using JiraAuth.Core.Tests.Support;
using JiraAuth.FakeJira;
using Newtonsoft.Json.Linq;
using Xunit;

namespace JiraAuth.Core.Tests.Integration
{
    /// <summary>
    /// search/jql exports read as id ranges side by side, end to end against the fake Jira (its own server per test, since
    /// some tests create and delete issues): exactness, order, the callers' parameters, -First, failures and 429s.
    /// </summary>
    public sealed class RangedSearchTests : IAsyncLifetime
    {
        private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(30);
        private readonly List<string> _verbose = new List<string>();
        private FakeJiraServer _server;
        private JiraConnection _connection;

        public async Task InitializeAsync()
        {
            _server = await FakeJiraServer.StartAsync();
            _server.Search.AddIssues(263); // 400 issues in all: ids 10001..10400
            _connection = FakeJiraSettings.ConnectWithClassicToken(_server, "ranges");
            _server.Requests.Clear();
        }

        public async Task DisposeAsync()
        {
            _connection.Dispose();
            await _server.DisposeAsync();
        }

        private static JiraRequest Search(string jql, int maxResults = 10)
        {
            var request = new JiraRequest(HttpMethod.Get, "search/jql");
            request.Query["jql"] = jql;
            request.Query["maxResults"] = maxResults;
            return request;
        }

        private PagingOptions Options(int chains = 4, long? first = null) =>
            new PagingOptions { ThrottleLimit = chains, First = first, OnVerbose = _verbose.Add };

        private List<JToken> Export(JiraRequest request, PagingOptions options, CancellationToken cancellationToken = default)
        {
            using (var items = new JiraPaginator(_connection.Client).OpenItems(request, options, new JTokenValueConverter(), cancellationToken))
            {
                return Drain(items);
            }
        }

        /// <param name="afterItem">Called with the number of items read so far after each one.</param>
        private static List<JToken> Drain(IPagedItems items, Action<int> afterItem = null)
        {
            var output = new List<JToken>();
            while (true)
            {
                while (items.TryRead(out var item))
                {
                    output.Add((JToken)item);
                    afterItem?.Invoke(output.Count);
                }
                if (items.IsFinished) return output;
                var wait = items.WaitAsync();
                if (!((IAsyncResult)wait).AsyncWaitHandle.WaitOne(WaitLimit)) throw new TimeoutException("No page arrived within " + WaitLimit + ".");
                wait.GetAwaiter().GetResult();
            }
        }

        private static List<long> Ids(IEnumerable<JToken> issues) => issues.Select(i => long.Parse((string)i["id"])).ToList();

        /// <summary>
        /// After the export ended: requests already on the wire may still land (the machine may be busy), so wait for them, then
        /// check that nothing more arrives; a chain still running would ask for a page every few tens of milliseconds.
        /// </summary>
        private int StopsServing()
        {
            Thread.Sleep(500);
            var settled = _server.Search.PagesServed;
            Thread.Sleep(500);
            Assert.Equal(settled, _server.Search.PagesServed);
            return settled;
        }

        private List<LoggedRequest> RangeRequests() =>
            _server.Requests.Snapshot().Where(r => r.ApiPath.EndsWith("search/jql") && Uri.UnescapeDataString(r.Query + r.Body).Contains("id >= ")).ToList();

        [Fact]
        public void Get_export_has_the_same_issues_as_one_chain_in_ascending_id_order()
        {
            var ranged = Ids(Export(Search("project = ABC"), Options()));
            var rangeRequests = RangeRequests().Count;
            var single = Ids(Export(Search("project = ABC"), Options(chains: 1)));

            Assert.Equal(single.OrderBy(i => i), ranged.OrderBy(i => i));
            Assert.Equal(400, ranged.Distinct().Count());
            Assert.Equal(ranged.OrderBy(i => i), ranged);
            Assert.Contains(_verbose, v => v.StartsWith("search/jql: 16 id ranges (ids 10001 to 10400, about 400 issues), up to 4 at once"));
            Assert.Contains(_verbose, v => v.Contains("one chain, because only one page may be fetched at a time"));
            Assert.True(rangeRequests >= 40, rangeRequests + " range requests");
        }

        [Fact]
        public void The_callers_query_reaches_every_range_unchanged()
        {
            var request = Search("project = ABC");
            request.Query["fields"] = "summary,status";
            request.Query["expand"] = "names";

            var issues = Export(request, Options());

            Assert.Equal(400, issues.Count);
            Assert.All(issues, i => Assert.NotNull(i["fields"]?["summary"]));
            var ranges = RangeRequests();
            Assert.NotEmpty(ranges);
            Assert.All(ranges, r => Assert.Contains("fields=summary%2Cstatus", r.Query));
            Assert.All(ranges, r => Assert.Contains("expand=names", r.Query));
            Assert.All(ranges, r => Assert.Contains("maxResults=10", r.Query));
            Assert.All(ranges, r => Assert.StartsWith("(project = ABC) AND id ",
                Uri.UnescapeDataString(r.Query.Split("jql=")[1].Split('&')[0]).Replace('+', ' ')));
        }

        [Fact]
        public void Post_export_puts_each_range_in_the_body_and_keeps_the_callers_fields()
        {
            var request = new JiraRequest(HttpMethod.Post, "/rest/api/3/search/jql")
            {
                Body = new Dictionary<string, object> { ["jql"] = "project = ABC ORDER BY id DESC", ["maxResults"] = 10, ["fields"] = new[] { "summary" } },
            };

            var ids = Ids(Export(request, Options()));

            Assert.Equal(Enumerable.Range(10001, 400).Select(i => (long)i).Reverse(), ids);
            var ranges = RangeRequests();
            Assert.All(ranges, r => Assert.Equal("POST", r.Method));
            Assert.All(ranges, r => Assert.Equal(new JArray("summary"), JObject.Parse(r.Body)["fields"]));
            Assert.All(ranges, r => Assert.EndsWith(" ORDER BY id DESC", (string)JObject.Parse(r.Body)["jql"]));
            Assert.Contains(_verbose, v => v.Contains("descending id order"));
        }

        [Fact]
        public void Issues_created_and_deleted_during_the_export_come_out_at_most_once_and_the_others_exactly_once()
        {
            var before = _server.Search.IssueIds().Select(long.Parse).ToList();
            var deleted = new[] { "10005", "10150", "10260", "10390" };
            IReadOnlyList<string> created = null;
            _server.Search.PageDelay = TimeSpan.FromMilliseconds(10);
            _server.Search.BeforePage = page =>
            {
                if (page != 12) return;
                foreach (var id in deleted) _server.Search.DeleteIssue(id);
                created = _server.Search.AddIssues(3);
            };

            var ids = Ids(Export(Search("project = ABC"), Options()));

            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.Equal(ids.OrderBy(i => i), ids);
            var survivors = before.Except(deleted.Select(long.Parse));
            Assert.Empty(survivors.Except(ids));
            Assert.NotNull(created);
            // New issues have the highest ids: the last range, open above, reads them as a single chain would at its end.
            Assert.Empty(created.Select(long.Parse).Except(ids));
            Assert.Empty(ids.Except(before).Except(created.Select(long.Parse)));
        }

        [Fact]
        public void Another_order_keeps_one_chain_and_says_why()
        {
            var ids = Ids(Export(Search("project = ABC ORDER BY summary"), Options()));

            Assert.Equal(400, ids.Count);
            Assert.Empty(RangeRequests());
            Assert.Contains("search/jql: one chain, because it orders by summary, not id; only a search ordered by id, or not ordered, "
                + "keeps its order when read as id ranges.", _verbose);
        }

        [Fact]
        public void First_without_an_order_keeps_one_chain_so_the_first_items_stay_jiras()
        {
            var ids = Ids(Export(Search("project = ABC"), Options(first: 25)));

            Assert.Equal(Enumerable.Range(10001, 25).Select(i => (long)i), ids);
            Assert.Empty(RangeRequests());
            Assert.Contains(_verbose, v => v.Contains("no ORDER BY and only part of the result is wanted"));
        }

        [Fact]
        public void First_with_order_by_id_stops_every_chain_once_enough_items_are_out()
        {
            _server.Search.PageDelay = TimeSpan.FromMilliseconds(20);

            var ids = Ids(Export(Search("project = ABC ORDER BY id"), Options(first: 25)));

            Assert.Equal(Enumerable.Range(10001, 25).Select(i => (long)i), ids);
            Assert.NotEmpty(RangeRequests());
            // 40 pages and 2 probes would be the whole export; the chains stopped long before.
            Assert.True(StopsServing() < 30, _server.Search.PagesServed + " search pages served");
        }

        [Fact]
        public void An_error_in_one_chain_ends_the_export_with_that_error()
        {
            _server.Search.BeforePage = page =>
            {
                if (page != 8) return;
                _server.Faults.Enqueue("/rest/api/3/search/jql", 400, body: "{\"errorMessages\":[\"Planted failure in one range.\"],\"errors\":{}}",
                    contentType: "application/json");
            };

            var error = Assert.Throws<JiraApiException>(() => Export(Search("project = ABC"), Options()));

            Assert.Equal(400, error.StatusCode);
            Assert.Contains("Planted failure in one range.", error.Message);
        }

        [Fact]
        public void A_burst_429_on_one_chain_pauses_the_others_and_the_export_stays_exact()
        {
            DateTimeOffset? limited = null;
            _server.Search.BeforePage = page =>
            {
                if (page != 10) return;
                limited = DateTimeOffset.UtcNow;
                _server.Faults.Enqueue("/rest/api/3/search/jql", 429, new Dictionary<string, string>
                {
                    ["Retry-After"] = "1", ["RateLimit-Reason"] = "jira-burst-based",
                }, "{\"errorMessages\":[\"The request has been rate-limited.\"],\"errors\":{}}", "application/json");
            };

            var ids = Ids(Export(Search("project = ABC"), Options()));

            Assert.Equal(Enumerable.Range(10001, 400).Select(i => (long)i), ids);
            Assert.NotNull(limited);
            var searches = _server.Requests.Snapshot().Where(r => r.ApiPath.EndsWith("search/jql")).ToList();
            // The hook runs while request 10 is answered, so the next search to arrive gets the 429.
            var rateLimited = searches.Where(r => r.Timestamp >= limited.Value).OrderBy(r => r.Timestamp).First();
            // Requests already on the wire when the 429 was sent may land just after it; none may start inside its Retry-After.
            var window = searches.Where(r => r.Timestamp > rateLimited.Timestamp.AddMilliseconds(250)
                && r.Timestamp < rateLimited.Timestamp.AddMilliseconds(900));
            Assert.Empty(window);
        }

        [Fact]
        public void Cancelling_stops_every_chain_at_once()
        {
            _server.Search.PageDelay = TimeSpan.FromMilliseconds(50);
            using (var stop = new CancellationTokenSource())
            using (var items = new JiraPaginator(_connection.Client).OpenItems(Search("project = ABC"), Options(), new JTokenValueConverter(), stop.Token))
            {
                var cancelled = Assert.ThrowsAny<OperationCanceledException>(() => Drain(items, read =>
                {
                    if (read == 30) stop.Cancel();
                }));
                Assert.NotNull(cancelled);
            }
            Assert.True(StopsServing() < 40, _server.Search.PagesServed + " search pages served");
        }
    }
}
