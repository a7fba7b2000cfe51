using System.Collections.Specialized;
using System.Linq;
using JiraAuth.Core.Json;
using JiraAuth.Output;
using Xunit;

namespace JiraAuth.Module.Tests.Units
{
    /// <summary>-OutputType Hashtable exists for bodies PSObject cannot hold; these pin why.</summary>
    public class HashtableOutputTests
    {
        private static object Convert(string json) => new JsonOutputConverter(new DictionaryJsonObjectBuilder()).Convert(JiraJson.Parse(json));

        [Fact]
        public void Keys_that_differ_only_by_case_both_survive()
        {
            var result = Assert.IsType<OrderedDictionary>(Convert("{\"Key\":1,\"key\":2}"));

            Assert.Equal(2, result.Count);
            Assert.Equal(1L, result["Key"]);
            Assert.Equal(2L, result["key"]);
        }

        [Fact]
        public void Document_order_and_ConvertFrom_Json_value_types_are_kept()
        {
            var result = (OrderedDictionary)Convert("{\"z\":1.5,\"a\":[1,\"x\"],\"m\":{\"\":true},\"created\":\"2024-01-02T03:04:05.000+0000\"}");

            Assert.Equal(new[] { "z", "a", "m", "created" }, result.Keys.Cast<string>());
            Assert.Equal(1.5, result["z"]);
            Assert.Equal(new object[] { 1L, "x" }, Assert.IsType<object[]>(result["a"]));
            Assert.Equal(true, ((OrderedDictionary)result["m"])[""]);
            Assert.IsType<System.DateTime>(result["created"]);
        }
    }
}
