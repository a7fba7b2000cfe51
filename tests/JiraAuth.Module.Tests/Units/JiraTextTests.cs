using System.Management.Automation;
using JiraAuth.Core.Json;
using JiraAuth.Output;
using Xunit;

namespace JiraAuth.Module.Tests.Units
{
    /// <summary>The entry point the format views call with what Invoke-JiraRestMethod wrote: PSObject trees (ADF) or strings (wiki markup).</summary>
    public class JiraTextTests
    {
        private const string Adf = "{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":\"heading\",\"attrs\":{\"level\":2},\"content\":[{\"type\":\"text\","
            + "\"text\":\"Title\"}]},{\"type\":\"bulletList\",\"content\":[{\"type\":\"listItem\",\"content\":[{\"type\":\"paragraph\",\"content\":["
            + "{\"type\":\"text\",\"text\":\"bold\",\"marks\":[{\"type\":\"strong\"}]}]}]}]}]}";

        [Fact]
        public void An_ADF_body_as_PSObjects_reads_as_text()
        {
            var body = new JsonOutputConverter(new PSObjectJsonBuilder()).Convert(JiraJson.Parse(Adf));
            Assert.Equal("Title\n\n- bold", JiraText.ToPlainText(body));
        }

        [Fact]
        public void A_wiki_markup_string_reads_as_text_also_when_wrapped()
        {
            Assert.Equal("Title\n\n- bold", JiraText.ToPlainText("h2. Title\n\n* *bold*"));
            Assert.Equal("Title", JiraText.ToPlainText(PSObject.AsPSObject("h1. Title")));
        }

        [Fact]
        public void Null_stays_null()
        {
            Assert.Null(JiraText.ToPlainText(null));
        }
    }
}
