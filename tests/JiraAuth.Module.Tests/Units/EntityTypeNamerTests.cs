using System;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using JiraAuth.Core.Http;
using JiraAuth.Core.Json;
using JiraAuth.Output;
using Xunit;

namespace JiraAuth.Module.Tests.Units
{
    public class EntityTypeNamerTests
    {
        private const string Page = "{\"isLast\":true,\"issues\":[{\"id\":\"1\",\"key\":\"ABC-1\",\"fields\":{\"summary\":\"a\"}},{\"id\":\"2\"}]}";

        private static JiraResponse Response(string path, int status = 200, string method = "GET") =>
            new JiraResponse(new HttpMethod(method), new Uri("https://acme.atlassian.net/rest/api/3/" + path), status, "OK", null, "application/json", Page);

        private static PSObject Build(string json) => (PSObject)new JsonOutputConverter(new PSObjectJsonBuilder()).Convert(JiraJson.Parse(json));

        [Fact]
        public void Names_the_issues_of_a_search_page_once_and_leaves_the_rest_alone()
        {
            var namer = EntityTypeNamer.For(JiraOutputType.PSObject, Response("search/jql"));
            var page = Build(Page);

            Assert.Same(page, EntityTypeNamer.Apply(namer, page));
            EntityTypeNamer.Apply(namer, page);

            var issues = (object[])page.Properties["issues"].Value;
            Assert.Equal(new[] { "JiraAuth.Issue", "System.Management.Automation.PSCustomObject", "System.Object" }, ((PSObject)issues[0]).TypeNames);
            Assert.Equal("System.Management.Automation.PSCustomObject", ((PSObject)issues[1]).TypeNames[0]);
            Assert.Equal("System.Management.Automation.PSCustomObject", page.TypeNames[0]);
            Assert.Equal(new[] { "isLast", "issues" }, page.Properties.Select(p => p.Name));
        }

        [Theory]
        [InlineData(JiraOutputType.Hashtable, "search/jql", 200, "GET")]
        [InlineData(JiraOutputType.Json, "search/jql", 200, "GET")]
        [InlineData(JiraOutputType.PSObject, "search/jql", 400, "GET")]
        [InlineData(JiraOutputType.PSObject, "serverInfo", 200, "GET")]
        [InlineData(JiraOutputType.PSObject, "issue/ABC-1", 200, "DELETE")]
        public void Names_nothing_for_other_output_types_failed_answers_and_other_endpoints(JiraOutputType outputType, string path, int status, string method)
        {
            Assert.Null(EntityTypeNamer.For(outputType, Response(path, status, method)));
            var item = Build(Page);
            Assert.Same(item, EntityTypeNamer.Apply(null, item));
        }
    }
}
