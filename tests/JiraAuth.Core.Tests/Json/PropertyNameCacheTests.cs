using System.IO;
using System.Linq;
using JiraAuth.Core.Json;
using Newtonsoft.Json;
using Xunit;

namespace JiraAuth.Core.Tests.Json
{
    public class PropertyNameCacheTests
    {
        [Fact]
        public void A_key_repeated_across_items_is_read_into_one_shared_string()
        {
            var names = ReadNames("[{\"summary\":1,\"status\":2},{\"summary\":3,\"status\":4}]");

            Assert.Equal(new[] { "summary", "status", "summary", "status" }, names);
            Assert.Same(names[0], names[2]);
            Assert.Same(names[1], names[3]);
        }

        [Fact]
        public void Past_its_limit_the_cache_still_gives_every_name_right_but_stops_growing()
        {
            var keys = Enumerable.Range(0, PropertyNameCache.MaxNames + 10).Select(i => "k" + i).ToList();
            var json = "{" + string.Join(",", keys.Select(k => "\"" + k + "\":0")) + ",\"k5\":1,\"" + keys.Last() + "\":1}";

            var names = ReadNames(json);

            Assert.Equal(keys.Concat(new[] { "k5", keys.Last() }), names);
            Assert.Same(names[5], names[keys.Count]);
            Assert.NotSame(names[keys.Count - 1], names[keys.Count + 1]);
        }

        [Fact]
        public void Readers_made_by_JiraJson_share_names_within_one_response()
        {
            using (var reader = JiraJson.CreateReader(new StringReader("{}"), DateParseHandling.None))
            {
                Assert.IsType<PropertyNameCache>(reader.PropertyNameTable);
            }
        }

        private static System.Collections.Generic.List<string> ReadNames(string json)
        {
            var names = new System.Collections.Generic.List<string>();
            using (var reader = new JsonTextReader(new StringReader(json)) { PropertyNameTable = new PropertyNameCache() })
            {
                while (reader.Read())
                {
                    if (reader.TokenType == JsonToken.PropertyName) names.Add((string)reader.Value);
                }
            }
            return names;
        }
    }
}
