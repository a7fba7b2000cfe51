using System;
using System.Collections.Specialized;
using System.Globalization;
using System.Linq;
using JiraAuth.Core.Json;
using JiraAuth.Core.Tests.Support;
using Xunit;

namespace JiraAuth.Core.Tests.Json
{
    public class JsonOutputConverterFixtureTests
    {
        private static object ConvertFixture(string path) =>
            new JsonOutputConverter(DictionaryJsonObjectBuilder.PSObjectLike()).Convert(JiraJson.Parse(Fixtures.Read(path)));

        private static DateTime LocalTimeOf(string isoInstant) =>
            DateTimeOffset.Parse(isoInstant, CultureInfo.InvariantCulture).LocalDateTime;

        [FixtureFact]
        public void Issue_keeps_document_order_and_turns_Jira_timestamps_into_local_DateTime()
        {
            var issue = (OrderedDictionary)ConvertFixture("cloud-recorded/issue.v3.json");
            Assert.Equal(new object[] { "expand", "id", "self", "key", "fields" }, issue.Keys.Cast<object>().ToArray());
            Assert.Equal("KP-19", issue["key"]);
            Assert.IsType<string>(issue["id"]);

            var fields = (OrderedDictionary)issue["fields"];
            var created = Assert.IsType<DateTime>(fields["created"]);
            Assert.Equal(DateTimeKind.Local, created.Kind);
            Assert.Equal(LocalTimeOf("2021-05-08T07:04:25.376+01:00"), created);
            Assert.Equal(LocalTimeOf("2021-11-18T00:18:29.845+00:00"), Assert.IsType<DateTime>(fields["updated"]));
            Assert.Null(fields["duedate"]);

            var watches = (OrderedDictionary)fields["watches"];
            Assert.Equal(1L, Assert.IsType<long>(watches["watchCount"]));
            Assert.Equal(true, watches["isWatching"]);
        }

        [FixtureFact]
        public void Myself_has_nested_object_arrays()
        {
            var me = (OrderedDictionary)ConvertFixture("cloud-recorded/myself.v3.json");
            Assert.Equal("Carlos Treminio", me["displayName"]);
            var groups = (OrderedDictionary)me["groups"];
            Assert.Equal(3L, groups["size"]);
            var items = Assert.IsType<object[]>(groups["items"]);
            Assert.Equal(new[] { "jira-administrators", "jira-software-users", "site-admins" },
                items.Cast<OrderedDictionary>().Select(g => (string)g["name"]).ToArray());
            Assert.Equal("expand", me.Keys.Cast<string>().Last());
        }

        [FixtureFact]
        public void Search_results_keep_numbers_dates_and_date_only_strings_apart()
        {
            var page = (OrderedDictionary)ConvertFixture("cloud-recorded/search.v3.offset-paged.json");
            Assert.Equal(18L, page["total"]);
            var issues = Assert.IsType<object[]>(page["issues"]);
            Assert.Equal(18, issues.Length);

            var kp2 = issues.Cast<OrderedDictionary>().Single(i => (string)i["key"] == "KP-2");
            var fields = (OrderedDictionary)kp2["fields"];
            Assert.Equal("2021-02-23", Assert.IsType<string>(fields["customfield_10040"]));
            Assert.Equal(9000d, Assert.IsType<double>(fields["customfield_10043"]));
            Assert.Equal(LocalTimeOf("2021-02-02T07:17:42.719+00:00"), Assert.IsType<DateTime>(fields["created"]));
        }
    }
}
