using System.Linq;
using JiraAuth.Core.Paging.Ranges;
using Xunit;

namespace JiraAuth.Core.Tests.Paging.Ranges
{
    public class IdRangeCutterTests
    {
        [Theory]
        [InlineData(10001, 20000, 10000L, 100, 4, 25)]
        [InlineData(10001, 20000, null, 100, 4, 16)]
        [InlineData(10001, 30000, 20000L, 100, 4, 50)]
        [InlineData(10001, 12000, 2000L, 100, 2, 8)]
        [InlineData(10001, 11000, 1000L, 100, 4, 5)]
        [InlineData(10001, 10137, 137L, 5, 4, 14)]
        [InlineData(1, 3, null, 100, 4, 3)]
        public void Cuts_four_ranges_per_chain_about_four_pages_each_for_large_exports_and_not_below_two_pages(long lowest, long highest, long? count,
            long pageSize, int chains, int expected)
        {
            Assert.Equal(expected, IdRangeCutter.Cut(lowest, highest, count, pageSize, chains).Count);
        }

        [Theory]
        [InlineData(10001, 20000, 10000L)]
        [InlineData(5, 5, null)]
        [InlineData(1, 2, 2L)]
        [InlineData(10001, 10300, 150L)]
        public void A_small_search_is_one_range_covering_every_id(long lowest, long highest, long? count)
        {
            var ranges = IdRangeCutter.Cut(lowest, highest, count, highest == 20000 ? 5000 : 100, 4);

            var only = Assert.Single(ranges);
            Assert.Null(only.Lower);
            Assert.Null(only.Upper);
        }

        [Fact]
        public void Ranges_are_half_open_adjacent_and_open_at_both_ends()
        {
            var ranges = IdRangeCutter.Cut(10001, 20000, null, 100, 4);

            Assert.Null(ranges.First().Lower);
            Assert.Null(ranges.Last().Upper);
            for (var i = 1; i < ranges.Count; i++) Assert.Equal(ranges[i - 1].Upper, ranges[i].Lower);
            Assert.True(ranges[0].Upper > 10001);
            Assert.True(ranges.Last().Lower <= 20000);
            // Every id, in the bounds or not, falls in exactly one range.
            foreach (var id in new long[] { 1, 10001, 12345, 15000, 19999, 20000, 99999999 })
            {
                Assert.Single(ranges, r => (r.Lower == null || id >= r.Lower) && (r.Upper == null || id < r.Upper));
            }
        }

        [Fact]
        public void Huge_ids_do_not_overflow()
        {
            var ranges = IdRangeCutter.Cut(1, long.MaxValue - 1, null, 100, 4);

            Assert.Equal(16, ranges.Count);
            for (var i = 1; i < ranges.Count; i++) Assert.True(ranges[i].Lower > ranges[i - 1].Lower.GetValueOrDefault(0));
        }

        [Fact]
        public void Range_jql_keeps_the_callers_query_whole_in_parentheses()
        {
            Assert.Equal("(project = A OR labels = x) AND id >= 10 AND id < 20 ORDER BY id ASC", new IdRange(10, 20).Jql("project = A OR labels = x", false));
            Assert.Equal("(project = A) AND id < 20 ORDER BY id DESC", new IdRange(null, 20).Jql("project = A", true));
            Assert.Equal("(project = A) AND id >= 10 ORDER BY id ASC", new IdRange(10, null).Jql("project = A", false));
        }
    }
}
