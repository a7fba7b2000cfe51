using System;
using System.Linq;
using JiraAuth.Core.Paging;
using Xunit;

namespace JiraAuth.Core.Tests.Paging
{
    public class ItemWindowTests
    {
        [Fact]
        public void Skips_then_hands_out_First_items_then_is_full()
        {
            var window = new ItemWindow(2, 3);
            Assert.Equal(new[] { false, false, true, true, true, false }, Enumerable.Range(0, 6).Select(_ => window.Admit()).ToArray());
            Assert.True(window.IsFull);
        }

        [Fact]
        public void Without_First_every_item_after_the_skip_goes_out()
        {
            var window = new ItemWindow(0, null);
            Assert.All(Enumerable.Range(0, 100), _ => Assert.True(window.Admit()));
            Assert.False(window.IsFull);
            Assert.Null(window.WantedAfter(50));
        }

        [Fact]
        public void Says_how_many_items_are_wanted_after_a_page_and_how_much_skip_lies_beyond_it()
        {
            var window = new ItemWindow(130, 25);
            Assert.Equal(25L, window.WantedAfter(100));
            Assert.Equal(30L, window.TakeSkipBeyond(100));
            Assert.Equal(100L, window.RemainingSkip);
            Assert.Equal(0L, new ItemWindow(10, 5).WantedAfter(100));
        }

        [Fact]
        public void Negative_limits_are_refused()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new ItemWindow(-1, null));
            Assert.Throws<ArgumentOutOfRangeException>(() => new ItemWindow(0, -1));
        }
    }
}
