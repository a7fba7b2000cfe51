using System;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Linq;
using JiraAuth.Core.Entities;
using JiraAuth.Core.Json;
using JiraAuth.Core.Tests.Support;
using Xunit;

namespace JiraAuth.Core.Tests.Entities
{
    public class JiraEntityClassifierTests
    {
        private const string Cloud = "https://acme.atlassian.net";

        private static object Build(string json) => new JsonOutputConverter(DictionaryJsonObjectBuilder.PSObjectLike()).Convert(JiraJson.Parse(json));

        private static JiraEntityClassifier For(string url, string method = "GET") => JiraEntityClassifier.ForRequest(method, new Uri(url));

        /// <summary>What the module does with each item: the named objects, found the way it finds them (each array element is an item).</summary>
        private static List<object> Named(string url, string json, string method = "GET")
        {
            var classifier = For(url, method);
            Assert.NotNull(classifier);
            var body = Build(json);
            var items = body is object[] array ? array : new[] { body };
            return items.SelectMany(item => classifier.EntitiesIn(item, DictionaryShapeReader.Instance)).ToList();
        }

        private static string Key(object named) => (string)((OrderedDictionary)named)["key"];

        [Theory]
        [InlineData(Cloud + "/rest/api/3/search/jql?jql=x", "GET", "Issue")]
        [InlineData(Cloud + "/rest/api/3/search/jql", "POST", "Issue")]
        [InlineData("https://jira.corp.example/jira/rest/api/2/search", "GET", "Issue")]
        [InlineData("https://api.atlassian.com/ex/jira/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0/rest/api/3/issue/ABC-1", "GET", "Issue")]
        [InlineData(Cloud + "/rest/api/latest/issue/ABC-1/", "GET", "Issue")]
        [InlineData(Cloud + "/rest/api/3/issue/ABC-1/comment", "GET", "Comment")]
        [InlineData(Cloud + "/rest/api/3/issue/ABC-1/comment/10001", "GET", "Comment")]
        [InlineData(Cloud + "/rest/api/3/comment/list", "POST", "Comment")]
        [InlineData(Cloud + "/rest/api/3/project/search", "GET", "Project")]
        [InlineData(Cloud + "/rest/api/3/project", "GET", "Project")]
        [InlineData(Cloud + "/rest/api/3/project/ABC", "GET", "Project")]
        [InlineData(Cloud + "/rest/api/3/myself", "GET", "User")]
        [InlineData(Cloud + "/rest/api/3/user/assignable/search?project=ABC", "GET", "User")]
        [InlineData(Cloud + "/rest/api/3/users/search", "GET", "User")]
        [InlineData(Cloud + "/rest/api/3/field", "GET", "Field")]
        [InlineData(Cloud + "/rest/agile/1.0/board", "GET", "Board")]
        [InlineData(Cloud + "/rest/agile/1.0/board/4", "GET", "Board")]
        [InlineData(Cloud + "/rest/agile/1.0/board/4/sprint", "GET", "Sprint")]
        [InlineData(Cloud + "/rest/agile/1.0/sprint/7", "GET", "Sprint")]
        [InlineData(Cloud + "/rest/agile/1.0/board/4/project", "GET", "Project")]
        [InlineData(Cloud + "/rest/agile/1.0/sprint/7/issue", "GET", "Issue")]
        [InlineData(Cloud + "/rest/agile/1.0/board/4/sprint/7/issue", "GET", "Issue")]
        [InlineData(Cloud + "/rest/agile/1.0/board/4/epic/none/issue", "GET", "Issue")]
        [InlineData(Cloud + "/REST/API/3/MYSELF", "GET", "User")]
        public void Known_endpoints_expect_their_kind_under_any_API_root(string url, string method, string kind)
        {
            var classifier = For(url, method);
            Assert.NotNull(classifier);
            Assert.Equal(kind, classifier.Kind.ToString());
            Assert.Equal("JiraAuth." + kind, classifier.TypeName);
        }

        [Theory]
        [InlineData(Cloud + "/rest/api/3/serverInfo", "GET")]
        [InlineData(Cloud + "/rest/api/3/filter/search", "GET")]
        [InlineData(Cloud + "/rest/api/3/issue/ABC-1", "DELETE")]
        [InlineData(Cloud + "/rest/api/3/issue", "POST")]
        [InlineData(Cloud + "/rest/api/3/project/ABC/components", "GET")]
        [InlineData(Cloud + "/rest/agile/1.0/myself", "GET")]
        [InlineData(Cloud + "/rest/api/3/board", "GET")]
        [InlineData(Cloud + "/search/jql", "GET")]
        [InlineData(Cloud + "/rest/servicedeskapi/request", "GET")]
        public void Other_endpoints_and_methods_name_nothing(string url, string method)
        {
            Assert.Null(For(url, method));
        }

        [Fact]
        public void A_search_page_names_its_issues_whether_it_comes_whole_or_item_by_item()
        {
            const string page = "{\"isLast\":true,\"issues\":[{\"id\":\"1\",\"key\":\"ABC-1\",\"fields\":{\"summary\":\"a\"}},"
                + "{\"id\":\"2\",\"key\":\"ABC-2\",\"fields\":{}}]}";
            Assert.Equal(new[] { "ABC-1", "ABC-2" }, Named(Cloud + "/rest/api/3/search/jql", page).Select(Key));
            Assert.Equal(new[] { "ABC-1" }, Named(Cloud + "/rest/api/3/search/jql", "{\"id\":\"1\",\"key\":\"ABC-1\",\"fields\":{}}").Select(Key));
        }

        [Fact]
        public void Objects_that_merely_look_alike_keep_their_plain_type()
        {
            // search/jql's default fields=id, an error body, and a project-shaped object from an issue endpoint.
            Assert.Empty(Named(Cloud + "/rest/api/3/search/jql", "{\"isLast\":true,\"issues\":[{\"id\":\"10001\"}]}"));
            Assert.Empty(Named(Cloud + "/rest/api/3/issue/ABC-1", "{\"errorMessages\":[\"Issue does not exist\"],\"errors\":{}}"));
            Assert.Empty(Named(Cloud + "/rest/api/3/issue/ABC-1", "{\"key\":\"ABC\",\"name\":\"Project ABC\"}"));
            // An issue-shaped object returned by a project endpoint is not a project, and fields must be an object.
            Assert.Empty(Named(Cloud + "/rest/api/3/project/ABC", "{\"key\":\"ABC-1\",\"name\":\"x\",\"fields\":{}}"));
            Assert.Empty(Named(Cloud + "/rest/api/3/issue/ABC-1", "{\"key\":\"ABC-1\",\"fields\":\"summary\"}"));
            // Board ids are numbers; a sprint needs a state.
            Assert.Empty(Named(Cloud + "/rest/agile/1.0/board/4", "{\"id\":\"4\",\"name\":\"b\",\"type\":\"scrum\"}"));
            Assert.Empty(Named(Cloud + "/rest/agile/1.0/sprint/4", "{\"id\":4,\"name\":\"s\"}"));
        }

        [Fact]
        public void A_list_property_of_another_endpoint_is_not_searched()
        {
            // "values" is the list of project/search, not of search/jql.
            Assert.Empty(Named(Cloud + "/rest/api/3/search/jql", "{\"values\":[{\"key\":\"ABC-1\",\"fields\":{}}]}"));
        }

        [FixtureTheory]
        [InlineData("cloud-recorded/search.v3.offset-paged.json", "/rest/api/3/search", 18)]
        [InlineData("server-recorded/search.v2.offset-paged.json", "/jira/rest/api/2/search", 11)]
        [InlineData("atlassian-spec-examples/search-jql.200.example.json", "/rest/api/3/search/jql", 1)]
        [InlineData("cloud-recorded/agile/sprint-issues.searchresults.json", "/rest/agile/1.0/sprint/4/issue", -1)]
        [InlineData("go-jira/issues_in_sprint.json", "/rest/agile/1.0/sprint/123/issue", -1)]
        [InlineData("cloud-recorded/issue.v3.json", "/rest/api/3/issue/KP-19", 1)]
        [InlineData("server-recorded/issue.v2.json", "/jira/rest/api/2/issue/10002", 1)]
        [InlineData("atlassian-spec-examples/issue.200.example.json", "/rest/api/3/issue/ED-1", 1)]
        [InlineData("atlassian-spec-examples/project-search.pagebean.200.example.json", "/rest/api/3/project/search", 2)]
        [InlineData("cloud-recorded/agile/board-projects.total-and-isLast.json", "/rest/agile/1.0/board/4/project", 1)]
        [InlineData("cloud-recorded/myself.v3.json", "/rest/api/3/myself", 1)]
        [InlineData("atlassian-spec-examples/myself.200.example.json", "/rest/api/3/myself", 1)]
        [InlineData("atlassian-spec-examples/users-search.array.200.example.json", "/rest/api/3/users/search", -1)]
        [InlineData("server-recorded/user.v2.json", "/jira/rest/api/2/user", 1)]
        [InlineData("cloud-recorded/agile/board.json", "/rest/agile/1.0/board/4", 1)]
        [InlineData("go-jira/all_boards.json", "/rest/agile/1.0/board", 6)]
        [InlineData("cloud-recorded/agile/board-sprints.isLast-no-total.json", "/rest/agile/1.0/board/4/sprint", 1)]
        [InlineData("go-jira/sprints.json", "/rest/agile/1.0/board/734/sprint", -1)]
        [InlineData("cloud-recorded/issue-comments.v2.paged.json", "/rest/api/2/issue/10009/comment", 17)]
        public void Recorded_answers_have_every_object_of_their_kind_named(string fixture, string path, int expected)
        {
            var json = Fixtures.Read(fixture);
            var named = Named("https://host.example" + path, json);
            var classifier = For("https://host.example" + path);
            var body = Build(json);
            var candidates = body is object[] array ? array
                : classifier.Kind == JiraEntityKind.Issue && ((OrderedDictionary)body).Contains("issues") ? (object[])((OrderedDictionary)body)["issues"]
                : ((OrderedDictionary)body).Contains("values") ? (object[])((OrderedDictionary)body)["values"]
                : ((OrderedDictionary)body).Contains("comments") ? (object[])((OrderedDictionary)body)["comments"]
                : new[] { body };
            // -1: as many as the recording holds.
            Assert.Equal(expected < 0 ? candidates.Length : expected, named.Count);
            Assert.Equal(candidates, named);
        }

        [FixtureFact]
        public void Recorded_answers_of_other_kinds_are_not_named_by_a_wrong_endpoint()
        {
            // Each recording sent to an endpoint of another kind: the shape disagrees, so nothing is named.
            Assert.Empty(Named(Cloud + "/rest/api/3/myself", Fixtures.Read("cloud-recorded/issue.v3.json")));
            Assert.Empty(Named(Cloud + "/rest/api/3/project/search", Fixtures.Read("cloud-recorded/search.v3.offset-paged.json")));
            Assert.Empty(Named(Cloud + "/rest/agile/1.0/board", Fixtures.Read("go-jira/sprints.json")));
            Assert.Empty(Named(Cloud + "/rest/agile/1.0/board/4/sprint", Fixtures.Read("go-jira/all_boards.json")));
            Assert.Empty(Named(Cloud + "/rest/api/3/field", Fixtures.Read("atlassian-spec-examples/users-search.array.200.example.json")));
        }
    }
}
