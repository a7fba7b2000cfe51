using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.IO;
using System.Linq;
using JiraAuth.Core.Json;
using JiraAuth.Core.Tests.Support;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Xunit;

namespace JiraAuth.Core.Tests.Json
{
    /// <summary>Reading straight from the text must give exactly what converting the parsed tree gives (the ConvertFrom-Json rules live in one walk).</summary>
    public class StreamingConversionTests
    {
        public static IEnumerable<object[]> RecordedBodies() =>
            new[]
            {
                "cloud-recorded/search.v3.offset-paged.json", "cloud-recorded/issue.v3.json", "cloud-recorded/myself.v3.json",
                "cloud-recorded/issue-comments.v2.paged.json", "cloud-recorded/filter-search.pagebean.json", "server-recorded/search.v2.offset-paged.json",
                "atlassian-spec-examples/search-jql.200.example.json", "atlassian-spec-examples/users-search.array.200.example.json",
            }.Select(f => new object[] { f });

        private static object Stream(string json, IJsonValueConverter converter)
        {
            using (var reader = JiraJson.CreateReader(new StringReader(json), converter.DateParseHandling))
            {
                return converter.ReadValue(reader);
            }
        }

        [FixtureTheory]
        [MemberData(nameof(RecordedBodies))]
        public void Recorded_bodies_stream_into_the_same_values_as_the_tree(string fixture)
        {
            var json = Fixtures.Read(fixture);
            var fromTree = new JsonOutputConverter(DictionaryJsonObjectBuilder.PSObjectLike()).Convert(JiraJson.Parse(json));
            var streamed = Stream(json, new JsonOutputConverter(DictionaryJsonObjectBuilder.PSObjectLike()));
            AssertSameValue(fromTree, streamed, "$");
        }

        [FixtureTheory]
        [MemberData(nameof(RecordedBodies))]
        public void Recorded_bodies_copy_to_the_same_compact_text_as_the_tree(string fixture)
        {
            var json = Fixtures.Read(fixture);
            Assert.Equal(JiraJson.Parse(json).ToString(Formatting.None), Stream(json, new CompactJsonConverter()));
        }

        [Theory]
        [InlineData("\"2021-11-19T10:15:30.000+0000\"")]
        [InlineData("\"2021-11-19T10:15:30Z\"")]
        [InlineData("\"2021-11-19T10:15:30\"")]
        [InlineData("\"\\/Date(1234567890000)\\/\"")]
        [InlineData("\"2021-11-19\"")]
        [InlineData("\"2021-13-45T10:15:30Z\"")]
        [InlineData("12345678901234567890123")]
        [InlineData("9000.0")]
        [InlineData("[1,\"two\",null,true,{\"a\":[]}]")]
        public void Values_and_kinds_match_the_tree_conversion(string json)
        {
            var fromTree = new JsonOutputConverter(new DictionaryJsonObjectBuilder()).Convert(JiraJson.Parse(json));
            var streamed = Stream(json, new JsonOutputConverter(new DictionaryJsonObjectBuilder()));
            AssertSameValue(fromTree, streamed, "$");
        }

        [Fact]
        public void Case_conflicts_are_reported_with_the_object_path_while_streaming()
        {
            var error = Assert.Throws<DuplicateJsonKeyException>(() =>
                Stream("{\"issues\":[{\"fields\":{\"a b\":{\"Key\":1,\"key\":2}}}]}", new JsonOutputConverter(DictionaryJsonObjectBuilder.PSObjectLike())));
            Assert.Equal("issues[0].fields['a b']", error.JsonPath);
        }

        [Fact]
        public void Case_conflicts_past_the_linear_scan_are_still_found()
        {
            var names = Enumerable.Range(0, 20).Select(i => "\"k" + i + "\":" + i);
            var json = "{" + string.Join(",", names) + ",\"K7\":0}";
            var error = Assert.Throws<DuplicateJsonKeyException>(() => Stream(json, new JsonOutputConverter(DictionaryJsonObjectBuilder.PSObjectLike())));
            Assert.Equal("k7", error.ExistingKey);
            Assert.Equal("K7", error.DuplicateKey);
        }

        [Fact]
        public void Sibling_objects_do_not_share_names_through_reused_frames()
        {
            var result = (object[])Stream("[{\"a\":1,\"b\":{\"c\":2}},{\"A\":3,\"B\":{\"C\":4}}]",
                new JsonOutputConverter(DictionaryJsonObjectBuilder.PSObjectLike()));
            Assert.Equal(3L, ((OrderedDictionary)result[1])["A"]);
            Assert.Equal(4L, ((OrderedDictionary)((OrderedDictionary)result[1])["B"])["C"]);
            Assert.Equal(2L, ((OrderedDictionary)((OrderedDictionary)result[0])["b"])["c"]);
        }

        [Fact]
        public void The_same_key_twice_keeps_the_later_value_in_the_first_place_as_a_parsed_tree_does()
        {
            const string json = "{\"a\":1,\"b\":2,\"a\":3}";
            var streamed = (OrderedDictionary)Stream(json, new JsonOutputConverter(DictionaryJsonObjectBuilder.PSObjectLike()));
            Assert.Equal(new object[] { "a", "b" }, streamed.Keys.Cast<object>().ToArray());
            Assert.Equal(3L, streamed["a"]);
            AssertSameValue(new JsonOutputConverter(DictionaryJsonObjectBuilder.PSObjectLike()).Convert(JiraJson.Parse(json)), streamed, "$");
        }

        [Fact]
        public void Text_that_ends_inside_an_object_is_an_error_not_a_partial_object()
        {
            Assert.ThrowsAny<JsonReaderException>(() => Stream("{\"a\":[1,2", new JsonOutputConverter(new DictionaryJsonObjectBuilder())));
        }

        private static void AssertSameValue(object expected, object actual, string path)
        {
            if (expected == null)
            {
                Assert.True(actual == null, path + " should be null");
                return;
            }
            Assert.True(actual != null, path + " is null");
            Assert.True(expected.GetType() == actual.GetType(), path + ": " + expected.GetType() + " vs " + actual.GetType());
            switch (expected)
            {
                case OrderedDictionary map:
                    var other = (OrderedDictionary)actual;
                    Assert.Equal(map.Keys.Cast<object>().ToArray(), other.Keys.Cast<object>().ToArray());
                    foreach (DictionaryEntry entry in map) AssertSameValue(entry.Value, other[entry.Key], path + "." + entry.Key);
                    break;
                case object[] array:
                    var items = (object[])actual;
                    Assert.Equal(array.Length, items.Length);
                    for (var i = 0; i < array.Length; i++) AssertSameValue(array[i], items[i], path + "[" + i + "]");
                    break;
                case DateTime date:
                    Assert.Equal(date.Kind, ((DateTime)actual).Kind);
                    Assert.Equal(date, actual);
                    break;
                default:
                    Assert.Equal(expected, actual);
                    break;
            }
        }
    }
}
