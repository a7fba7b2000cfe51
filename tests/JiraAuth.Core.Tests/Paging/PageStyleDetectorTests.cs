using JiraAuth.Core.Json;
using JiraAuth.Core.Paging;
using JiraAuth.Core.Tests.Support;
using Newtonsoft.Json.Linq;
using Xunit;

namespace JiraAuth.Core.Tests.Paging
{
    public class PageStyleDetectorTests
    {
        [FixtureTheory]
        [InlineData("cloud-recorded/filter-search.pagebean.json", PageStyle.Offset, "values")]
        [InlineData("atlassian-spec-examples/project-search.pagebean.200.example.json", PageStyle.Offset, "values")]
        [InlineData("cloud-recorded/agile/board-sprints.isLast-no-total.json", PageStyle.Offset, "values")]
        [InlineData("cloud-recorded/agile/board-projects.total-and-isLast.json", PageStyle.Offset, "values")]
        [InlineData("cloud-recorded/agile/sprint-issues.searchresults.json", PageStyle.Offset, "issues")]
        [InlineData("cloud-recorded/issue-comments.v2.paged.json", PageStyle.Offset, "comments")]
        [InlineData("cloud-recorded/search.v3.offset-paged.json", PageStyle.Offset, "issues")]
        [InlineData("third-party-handwritten/rhs-search-jql-page1.json", PageStyle.Token, "issues")]
        [InlineData("third-party-handwritten/rhs-search-jql-last.json", PageStyle.Token, "issues")]
        [InlineData("atlassian-spec-examples/search-jql.200.example.json", PageStyle.Token, "issues")]
        [InlineData("atlassian-spec-examples/users-search.array.200.example.json", PageStyle.BareArray, null)]
        [InlineData("cloud-recorded/issue.v3.json", PageStyle.NotPaged, null)]
        [InlineData("cloud-recorded/myself.v3.json", PageStyle.NotPaged, null)]
        public void Recognises_recorded_pages(string fixture, object style, string itemsProperty)
        {
            var shape = PageStyleDetector.Detect(JiraJson.Parse(Fixtures.Read(fixture)));
            Assert.Equal((PageStyle)style, shape.Style);
            Assert.Equal(itemsProperty, shape.ItemsProperty);
        }

        [Theory]
        [InlineData("{\"startAt\":0,\"maxResults\":50,\"total\":1,\"worklogs\":[{}]}", PageStyle.Offset, "worklogs")]
        [InlineData("{\"startAt\":0,\"maxResults\":50,\"total\":1,\"histories\":[{}]}", PageStyle.Offset, "histories")]
        [InlineData("{\"startAt\":0,\"maxResults\":50,\"fooBars\":[{}],\"warningMessages\":[\"w\"]}", PageStyle.Offset, "fooBars")]
        [InlineData("{\"startAt\":0,\"warningMessages\":[\"w\"],\"issues\":[]}", PageStyle.Offset, "issues")]
        [InlineData("{\"nextPageToken\":null,\"issues\":[]}", PageStyle.Token, "issues")]
        [InlineData("{\"nextPageToken\":\"abc\",\"values\":[{}]}", PageStyle.Token, "values")]
        [InlineData("{\"startAt\":0,\"maxResults\":50,\"a\":[],\"b\":[]}", PageStyle.NotPaged, null)]
        [InlineData("{\"maxResults\":50,\"values\":[]}", PageStyle.NotPaged, null)]
        [InlineData("{\"values\":[1,2]}", PageStyle.NotPaged, null)]
        [InlineData("{\"startAt\":\"0\",\"values\":[1,2]}", PageStyle.NotPaged, null)]
        [InlineData("\"text\"", PageStyle.NotPaged, null)]
        [InlineData("[]", PageStyle.BareArray, null)]
        public void Recognises_shapes_by_their_fields(string json, object style, string itemsProperty)
        {
            var shape = PageStyleDetector.Detect(JiraJson.Parse(json));
            Assert.Equal((PageStyle)style, shape.Style);
            Assert.Equal(itemsProperty, shape.ItemsProperty);
        }

        [Fact]
        public void Null_body_is_not_paged() => Assert.Equal(PageStyle.NotPaged, PageStyleDetector.Detect(null).Style);
    }
}
