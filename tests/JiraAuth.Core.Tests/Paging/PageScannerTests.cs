using System.Linq;
using System.Text;
using JiraAuth.Core.Paging;
using JiraAuth.Core.Tests.Support;
using Xunit;

namespace JiraAuth.Core.Tests.Paging
{
    public class PageScannerTests
    {
        private static PageOutline Scan(string json) => PageScanner.Scan(Encoding.UTF8.GetBytes(json));

        private static string Text(PageOutline outline, ByteSpan span) => Encoding.UTF8.GetString(outline.Utf8, span.Start, span.Length);

        [Fact]
        public void Finds_top_level_properties_their_kinds_and_the_items_of_arrays()
        {
            var outline = Scan(" {\"issues\":[{\"id\":\"1\",\"x\":[1,{\"y\":\"]}\"}]}, 2 "
                + ",\"s\\\"q\"],\"nextPageToken\":\"a\\u0041\",\"isLast\":false,\"total\":-12}\n");

            Assert.Equal('{', outline.Root);
            Assert.Equal(new[] { "issues", "nextPageToken", "isLast", "total" }, outline.Properties.Select(p => p.Name));
            var issues = outline.Find("issues");
            Assert.Equal(new[] { "{\"id\":\"1\",\"x\":[1,{\"y\":\"]}\"}]}", "2", "\"s\\\"q\"" }, issues.Elements.Select(e => Text(outline, e)));
            Assert.Equal("aA", outline.String("nextPageToken"));
            Assert.False(outline.Bool("isLast"));
            Assert.Equal(-12L, outline.Long("total"));
            Assert.Null(outline.Long("isLast"));
        }

        [Theory]
        [InlineData("{\"startAt\":1.5}")]
        [InlineData("{\"startAt\":1e3}")]
        [InlineData("{\"startAt\":\"1\"}")]
        public void Only_plain_integers_count_as_integers(string json) => Assert.False(Scan(json).IsInteger("startAt"));

        [Fact]
        public void Escaped_property_names_are_decoded()
        {
            Assert.Equal("va\"lues", Scan("{\"va\\\"lues\":[]}").Properties.Single().Name);
        }

        [Fact]
        public void A_byte_order_mark_is_not_part_of_the_body()
        {
            var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("[1,2]")).ToArray();
            Assert.Equal(2, PageScanner.Scan(bytes).Elements.Count);
        }

        [Theory]
        [InlineData("")]
        [InlineData("<html>Service unavailable</html>")]
        [InlineData("{\"a\":[1,2}")]
        [InlineData("{\"a\":\"unterminated}")]
        [InlineData("{\"a\":1} trailing")]
        [InlineData("[1,2")]
        [InlineData("{\"a\" 1}")]
        public void Broken_structure_is_not_json(string text) => Assert.Equal('\0', Scan(text).Root);

        [FixtureFact]
        public void Recorded_search_page_has_its_issues_found()
        {
            var outline = Scan(Fixtures.Read("cloud-recorded/search.v3.offset-paged.json"));
            Assert.Equal(18, outline.Find("issues").Elements.Count);
            Assert.Equal(0L, outline.Long("startAt"));
            Assert.Equal(18L, outline.Long("total"));
        }
    }
}
