using System.Linq;
using JiraAuth.Core.Json;
using JiraAuth.Core.Tests.Support;
using JiraAuth.Core.Text;
using Newtonsoft.Json.Linq;
using Xunit;

namespace JiraAuth.Core.Tests.Text
{
    public class AdfPlainTextTests
    {
        private static string Convert(string json) => AdfPlainText.Convert(JToken.Parse(json));

        private static string Doc(params string[] blocks) => "{\"type\":\"doc\",\"version\":1,\"content\":[" + string.Join(",", blocks) + "]}";

        private static string Paragraph(params string[] inline) => "{\"type\":\"paragraph\",\"content\":[" + string.Join(",", inline) + "]}";

        private static string Text(string text) => "{\"type\":\"text\",\"text\":" + new JValue(text).ToString(Newtonsoft.Json.Formatting.None) + "}";

        [Fact]
        public void Paragraphs_become_lines_with_one_blank_line_between_them_and_marks_are_dropped()
        {
            var bold = "{\"type\":\"text\",\"text\":\"Lorem\",\"marks\":[{\"type\":\"strong\"}]}";
            Assert.Equal("Lorem ipsum\n\nSecond", Convert(Doc(Paragraph(bold, Text(" ipsum")), Paragraph(), Paragraph(Text("Second")))));
        }

        [Fact]
        public void Hard_breaks_mentions_emoji_dates_and_statuses_read_as_text()
        {
            var body = Doc(Paragraph(Text("Ask "), "{\"type\":\"mention\",\"attrs\":{\"id\":\"5b10\",\"text\":\"@Ana Lopez\"}}", "{\"type\":\"hardBreak\"}",
                "{\"type\":\"emoji\",\"attrs\":{\"shortName\":\":smile:\",\"text\":\"😄\"}}", Text(" by "),
                "{\"type\":\"date\",\"attrs\":{\"timestamp\":\"1700006400000\"}}", Text(" "),
                "{\"type\":\"status\",\"attrs\":{\"text\":\"BLOCKED\",\"color\":\"red\"}}"));
            Assert.Equal("Ask @Ana Lopez\n😄 by 2023-11-15 [BLOCKED]", Convert(body));
        }

        [Fact]
        public void Lists_are_marked_and_numbered_and_nested_lists_are_indented()
        {
            var nested = "{\"type\":\"bulletList\",\"content\":[{\"type\":\"listItem\",\"content\":[" + Paragraph(Text("inner")) + "]}]}";
            var bullets = "{\"type\":\"bulletList\",\"content\":[{\"type\":\"listItem\",\"content\":[" + Paragraph(Text("one")) + "," + nested + "]},"
                + "{\"type\":\"listItem\",\"content\":[" + Paragraph(Text("two")) + "]}]}";
            var ordered = "{\"type\":\"orderedList\",\"attrs\":{\"order\":3},\"content\":[{\"type\":\"listItem\",\"content\":[" + Paragraph(Text("three")) + "]},"
                + "{\"type\":\"listItem\",\"content\":[" + Paragraph(Text("four")) + "]}]}";
            Assert.Equal("- one\n  - inner\n- two\n\n3. three\n4. four", Convert(Doc(bullets, ordered)));
        }

        [Fact]
        public void Tables_become_rows_of_cells_and_code_keeps_its_lines()
        {
            string Cell(string type, string text) => "{\"type\":\"" + type + "\",\"content\":[" + Paragraph(Text(text)) + "]}";
            var table = "{\"type\":\"table\",\"content\":[{\"type\":\"tableRow\",\"content\":[" + Cell("tableHeader", "Name") + "," + Cell("tableHeader", "Value")
                + "]},{\"type\":\"tableRow\",\"content\":[" + Cell("tableCell", "a") + "," + Cell("tableCell", "1") + "]}]}";
            var code = "{\"type\":\"codeBlock\",\"attrs\":{\"language\":\"powershell\"},\"content\":[" + Text("Get-Item .\n  | Out-Null") + "]}";
            Assert.Equal("Name | Value\na | 1\n\nGet-Item .\n  | Out-Null", Convert(Doc(table, code)));
        }

        [Fact]
        public void Panels_quotes_and_unknown_nodes_show_the_text_inside_them()
        {
            var panel = "{\"type\":\"panel\",\"attrs\":{\"panelType\":\"info\"},\"content\":[" + Paragraph(Text("note")) + "]}";
            var quote = "{\"type\":\"blockquote\",\"content\":[" + Paragraph(Text("quoted")) + "]}";
            var future = "{\"type\":\"someNodeFrom2030\",\"content\":[" + Paragraph(Text("still shown")) + "]}";
            Assert.Equal("note\n\nquoted\n\nstill shown", Convert(Doc(panel, quote, future)));
        }

        [Fact]
        public void A_body_nested_far_too_deep_is_cut_off_instead_of_overflowing_the_stack()
        {
            var deep = Paragraph(Text("bottom"));
            for (var i = 0; i < 5000; i++) deep = "{\"type\":\"blockquote\",\"content\":[" + deep + "]}";
            var reader = JiraJson.CreateReader(new System.IO.StringReader(Doc(Paragraph(Text("top")), deep)), Newtonsoft.Json.DateParseHandling.None);
            reader.MaxDepth = null;
            Assert.Equal("top", AdfPlainText.Convert(JToken.ReadFrom(reader)));
        }

        [Fact]
        public void Only_a_doc_node_with_content_counts_as_a_document()
        {
            Assert.True(AdfPlainText.IsDocument(JToken.Parse(Doc())));
            Assert.False(AdfPlainText.IsDocument(JToken.Parse("{\"type\":\"paragraph\",\"content\":[]}")));
            Assert.False(AdfPlainText.IsDocument(JToken.Parse("\"h1. wiki\"")));
        }

        [FixtureFact]
        public void The_recorded_Cloud_issue_description_reads_as_its_paragraph_and_panel()
        {
            var description = JiraJson.Parse(Fixtures.Read("cloud-recorded/issue.v3.json"))["fields"]["description"];
            var lines = AdfPlainText.Convert(description).Split('\n');
            Assert.StartsWith("Lorem Ipsum\u00a0es simplemente el texto de relleno", lines[0]);
            Assert.Equal(new[] { string.Empty, "sadsadsad" }, lines.Skip(1).ToArray());
        }

        [FixtureFact]
        public void Every_recorded_Cloud_description_and_comment_converts_and_keeps_all_its_text()
        {
            var search = JiraJson.Parse(Fixtures.Read("cloud-recorded/search.v3.offset-paged.json"));
            var documents = search.SelectTokens("$..[?(@.type == 'doc')]").ToList();
            Assert.True(documents.Count > 20, "the recording holds descriptions and comments in ADF");
            var withTables = 0;
            foreach (var document in documents)
            {
                var text = AdfPlainText.Convert(document);
                foreach (var node in document.SelectTokens("$..[?(@.type == 'text')].text").Select(t => (string)t))
                {
                    foreach (var part in node.Split('\n')) Assert.Contains(part.Trim(), text);
                }
                Assert.DoesNotContain("\"type\"", text);
                if (!document.SelectTokens("$..[?(@.type == 'table')]").Any()) continue;
                withTables++;
                Assert.Contains("Header 1 | Header 2", text);
            }
            Assert.True(withTables > 0, "the recording has tables; the test must have seen one");
        }
    }
}
