using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using JiraAuth.Core.Http;
using JiraAuth.Core.Json;
using JiraAuth.Core.Paging;
using Newtonsoft.Json.Linq;
using Xunit;
using static JiraAuth.Core.Tests.Paging.GeneratedPages;

namespace JiraAuth.Core.Tests.Paging
{
    /// <summary>Parallel startAt paging, overlapped token paging, and what both must never change: order, completeness, limits.</summary>
    public class PagedItemReaderTests
    {
        private static JiraRequest Get(string path, long maxResults)
        {
            var request = new JiraRequest(HttpMethod.Get, path);
            request.Query["maxResults"] = maxResults;
            return request;
        }

        private static PagedItemReader Open(IJiraRequestSender sender, JiraRequest request, PagingOptions options) =>
            new JiraPaginator(sender).Open(request, options, new JTokenValueConverter(), CancellationToken.None);

        /// <summary>Reads everything, answering whatever is open (newest first) whenever the reader has to wait.</summary>
        private static List<long> Drain(PagedItemReader reader, ControlledJiraSender sender, List<int> inFlightSeen = null)
        {
            var ids = new List<long>();
            while (true)
            {
                while (reader.TryRead(out var item)) ids.Add(((JToken)item).Value<long>("id"));
                if (reader.IsFinished) return ids;
                inFlightSeen?.Add(sender.InFlight);
                sender.ReleaseAllNewestFirst();
                reader.WaitAsync().GetAwaiter().GetResult();
            }
        }

        [Fact]
        public void Offset_pages_with_a_total_are_fetched_up_to_the_throttle_limit_at_once_and_come_out_in_order()
        {
            var sender = new ControlledJiraSender(OffsetServer(total: 1000, cap: 100));
            var inFlight = new List<int>();
            using (var reader = Open(sender, Get("/rest/api/3/project/search", 100), new PagingOptions { ThrottleLimit = 4 }))
            {
                Assert.Equal(Range(0, 1000), Drain(reader, sender, inFlight));
            }

            Assert.Equal(10, sender.Calls.Count);
            Assert.Equal(4, inFlight.Max());
            Assert.Equal(Range(0, 10).Select(i => (object)(i * 100)).Skip(1), sender.Calls.Skip(1).Select(c => c.Request.Query["startAt"]));
        }

        [Fact]
        public void The_first_page_goes_alone_because_the_total_is_not_known_before_it()
        {
            var sender = new ControlledJiraSender(OffsetServer(total: 1000, cap: 100));
            using (var reader = Open(sender, Get("/rest/api/3/project/search", 100), new PagingOptions { ThrottleLimit = 4 }))
            {
                Assert.False(reader.TryRead(out _));
                Assert.Single(sender.Calls);
                sender.Release(0);
                reader.WaitAsync().GetAwaiter().GetResult();
                Assert.True(reader.TryRead(out _));
                Assert.Equal(4, sender.InFlight);
            }
        }

        [Fact]
        public void First_limits_how_far_ahead_pages_are_asked_for()
        {
            var sender = new ControlledJiraSender(OffsetServer(total: 1000, cap: 100));
            using (var reader = Open(sender, Get("/rest/api/3/project/search", 100), new PagingOptions { ThrottleLimit = 8, First = 250 }))
            {
                Assert.Equal(Range(0, 250), Drain(reader, sender));
            }
            Assert.Equal(3, sender.Calls.Count);
        }

        [Fact]
        public void Skip_jumps_and_then_pages_in_parallel_from_there()
        {
            var sender = new ControlledJiraSender(OffsetServer(total: 1000, cap: 100));
            using (var reader = Open(sender, Get("/rest/api/3/project/search", 100), new PagingOptions { ThrottleLimit = 4, Skip = 650 }))
            {
                Assert.Equal(Range(650, 350), Drain(reader, sender));
            }
            Assert.Equal(new object[] { null, 650L, 750L, 850L, 950L }, sender.Calls.Select(c => c.Request.Query.TryGetValue("startAt", out var s) ? s : null));
        }

        [Fact]
        public void A_page_shorter_than_planned_drops_the_guesses_and_nothing_is_lost_or_repeated()
        {
            // The server serves 100 per page, except that the page at 200 holds only 60 items: planned startAts after it are wrong.
            var sender = new ControlledJiraSender((request, index) =>
            {
                var startAt = StartAtOf(request);
                var count = Math.Min(startAt == 200 ? 60 : 100, 1000 - startAt);
                return new JObject { ["startAt"] = startAt, ["maxResults"] = 100, ["total"] = 1000, ["values"] = Items(startAt, count) }.ToString();
            });
            using (var reader = Open(sender, Get("/rest/api/3/project/search", 100), new PagingOptions { ThrottleLimit = 4 }))
            {
                Assert.Equal(Range(0, 1000), Drain(reader, sender));
            }
            Assert.Contains(sender.Calls, c => c.Request.Query.TryGetValue("startAt", out var start) && Equals(start, 260L));
        }

        [Fact]
        public void A_failure_of_a_page_asked_for_ahead_comes_out_after_the_items_before_it()
        {
            var sender = new ControlledJiraSender(OffsetServer(total: 1000, cap: 100));
            var ids = new List<long>();
            using (var reader = Open(sender, Get("/rest/api/3/project/search", 100), new PagingOptions { ThrottleLimit = 4 }))
            {
                Assert.False(reader.TryRead(out _));
                sender.Release(0);
                reader.WaitAsync().GetAwaiter().GetResult();
                Assert.True(reader.TryRead(out _));
                ids.Add(0);
                sender.Fail(2, new InvalidOperationException("page 3 broke"));
                sender.Release(1);
                var error = Assert.Throws<InvalidOperationException>((Action)(() =>
                {
                    while (true)
                    {
                        while (reader.TryRead(out var item)) ids.Add(((JToken)item).Value<long>("id"));
                        reader.WaitAsync().GetAwaiter().GetResult();
                    }
                }));
                Assert.Equal("page 3 broke", error.Message);
            }
            Assert.Equal(Range(0, 200), ids);
        }

        [Fact]
        public void Token_pages_ask_for_the_next_page_before_this_page_is_read()
        {
            var sender = new ControlledJiraSender((request, index) =>
                "{\"issues\":[{\"id\":" + (2 * index) + "},{\"id\":" + (2 * index + 1) + "}]"
                    + (index < 2 ? ",\"nextPageToken\":\"t" + index + "\"" : ",\"isLast\":true") + "}");
            using (var reader = Open(sender, Get("/rest/api/3/search/jql", 2), new PagingOptions { ThrottleLimit = 4 }))
            {
                reader.TryRead(out _);
                sender.Release(0);
                reader.WaitAsync().GetAwaiter().GetResult();

                Assert.True(reader.TryRead(out var first));
                Assert.Equal(0L, ((JToken)first).Value<long>("id"));
                Assert.Equal(2, sender.Calls.Count);
                Assert.Equal("t0", sender.Calls[1].Request.Query["nextPageToken"]);
                Assert.Equal(new long[] { 1, 2, 3, 4, 5 }, Drain(reader, sender));
            }
            Assert.Equal(3, sender.Calls.Count);
        }

        [Fact]
        public void Without_a_throttle_limit_paging_stays_lazy()
        {
            var sender = new ControlledJiraSender(OffsetServer(total: 1000, cap: 100));
            using (var reader = Open(sender, Get("/rest/api/3/project/search", 100), new PagingOptions()))
            {
                reader.TryRead(out _);
                sender.Release(0);
                reader.WaitAsync().GetAwaiter().GetResult();
                for (var i = 0; i < 100; i++) Assert.True(reader.TryRead(out _));
                Assert.Single(sender.Calls);
            }
        }

        [Fact]
        public void Stopping_early_cancels_the_pages_asked_for_ahead()
        {
            var sender = new ControlledJiraSender(OffsetServer(total: 1000, cap: 100));
            var reader = Open(sender, Get("/rest/api/3/project/search", 100), new PagingOptions { ThrottleLimit = 4 });
            reader.TryRead(out _);
            sender.Release(0);
            reader.WaitAsync().GetAwaiter().GetResult();
            Assert.True(reader.TryRead(out _));

            reader.Dispose();

            Assert.All(sender.Calls.Skip(1), c => Assert.True(c.Answer.Task.IsCanceled));
        }

        [Fact]
        public void Items_come_out_as_the_converter_makes_them()
        {
            var sender = FakeJiraSender.Serving("{\"startAt\":0,\"total\":2,\"values\":[{\"id\":1,\"at\":\"2021-11-19T10:15:30.000+0000\"},{\"id\":2}]}");
            using (var reader = new JiraPaginator(sender).Open(new JiraRequest(HttpMethod.Get, "x"), new PagingOptions(), new CompactJsonConverter(),
                CancellationToken.None))
            {
                Assert.True(reader.TryRead(out var first));
                Assert.Equal("{\"id\":1,\"at\":\"2021-11-19T10:15:30.000+0000\"}", first);
                Assert.True(reader.TryRead(out var second));
                Assert.Equal("{\"id\":2}", second);
                Assert.False(reader.TryRead(out _));
                Assert.True(reader.IsFinished);
            }
        }
    }
}
