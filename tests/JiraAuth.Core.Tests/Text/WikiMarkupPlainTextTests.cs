using System.Linq;
using JiraAuth.Core.Json;
using JiraAuth.Core.Tests.Support;
using JiraAuth.Core.Text;
using Newtonsoft.Json.Linq;
using Xunit;

namespace JiraAuth.Core.Tests.Text
{
    public class WikiMarkupPlainTextTests
    {
        [Theory]
        [InlineData("h1. Header 1", "Header 1")]
        [InlineData("bq. quoted", "quoted")]
        [InlineData("*bold* and _italic_ and -struck- and +under+ and ^sup^ and ~sub~", "bold and italic and struck and under and sup and sub")]
        [InlineData("{{Get-Item}} ??a book??", "Get-Item a book")]
        [InlineData("see [the docs|https://example.com/x] or [https://example.com/y]", "see the docs or https://example.com/y")]
        [InlineData("ask [~jsmith] or [~accountid:5b10a2844c20165700ede21g]", "ask @jsmith or @5b10a2844c20165700ede21g")]
        [InlineData("!screenshot.png|thumbnail!", "[screenshot.png]")]
        [InlineData("{color:red}red text{color}", "red text")]
        [InlineData(@"escaped \*stars\* stay", "escaped *stars* stay")]
        [InlineData("line one\\\\line two", "line one\nline two")]
        public void Inline_marks_headings_and_links_are_reduced_to_their_text(string markup, string expected)
        {
            Assert.Equal(expected, WikiMarkupPlainText.Convert(markup));
        }

        [Theory]
        [InlineData("snake_case_name stays")]
        [InlineData("well-known - value - here")]
        [InlineData("2 * 3 * 4")]
        [InlineData("C:\\temp\\file_1_.txt")]
        public void Text_that_only_looks_like_markup_is_left_alone(string text)
        {
            Assert.Equal(text, WikiMarkupPlainText.Convert(text));
        }

        [Fact]
        public void Tables_become_rows_and_lists_become_dashes_indented_by_depth()
        {
            var markup = "||*Header 1*||*Header 2*||\n|Row 00|Row 01|\n\n* one\n** inner\n# first";
            Assert.Equal("Header 1 | Header 2\nRow 00 | Row 01\n\n- one\n  - inner\n- first", WikiMarkupPlainText.Convert(markup));
        }

        [Fact]
        public void Code_and_noformat_blocks_keep_their_text_literally_without_the_tags()
        {
            var markup = "Run:\r\n{code:powershell}\r\n$x = *not bold*\r\n{code}\r\n{noformat}a_b_c{noformat}\r\nafter *bold*";
            Assert.Equal("Run:\n$x = *not bold*\na_b_c\nafter bold", WikiMarkupPlainText.Convert(markup));
        }

        [Fact]
        public void Plain_text_and_null_pass_through()
        {
            Assert.Equal("Carlos Test😁", WikiMarkupPlainText.Convert("Carlos Test😁 "));
            Assert.Null(WikiMarkupPlainText.Convert(null));
        }

        [FixtureFact]
        public void Recorded_v2_comment_bodies_lose_their_markup_and_keep_their_words()
        {
            var comments = (JArray)JiraJson.Parse(Fixtures.Read("cloud-recorded/issue-comments.v2.paged.json"))["comments"];
            var bodies = comments.Select(c => (string)c["body"]).ToList();
            var heading = bodies.First(b => b.StartsWith("h1. ", System.StringComparison.Ordinal) && b.Length > 20);
            var headingText = WikiMarkupPlainText.Convert(heading);
            Assert.StartsWith("Header 1\n\nLorem ipsum dolor sit amet", headingText);

            var table = bodies.First(b => b.StartsWith("||*Header 1*||*Header 2*||*Header 3*||\n|Row 00", System.StringComparison.Ordinal));
            Assert.Equal("Header 1 | Header 2 | Header 3\nRow 00 | Row 01 | Row 02\nRow 10 | Row 11 | Row 12", WikiMarkupPlainText.Convert(table));
        }
    }
}
