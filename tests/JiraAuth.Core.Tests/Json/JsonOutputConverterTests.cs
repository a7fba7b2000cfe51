using System;
using System.Collections.Specialized;
using System.Linq;
using System.Numerics;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Json;
using Newtonsoft.Json.Linq;
using Xunit;

namespace JiraAuth.Core.Tests.Json
{
    public class JsonOutputConverterTests
    {
        private static object ConvertText(string json, IJsonObjectBuilder builder = null) =>
            new JsonOutputConverter(builder ?? new DictionaryJsonObjectBuilder()).Convert(JiraJson.Parse(json));

        private static OrderedDictionary ConvertObject(string json, IJsonObjectBuilder builder = null) => (OrderedDictionary)ConvertText(json, builder);

        [Fact]
        public void Integers_become_Int64_even_when_small()
        {
            var result = ConvertObject("{\"small\":5,\"negative\":-7,\"max\":9223372036854775807}");
            Assert.IsType<long>(result["small"]);
            Assert.Equal(5L, result["small"]);
            Assert.Equal(-7L, result["negative"]);
            Assert.Equal(long.MaxValue, result["max"]);
        }

        [Fact]
        public void Integers_beyond_Int64_become_BigInteger()
        {
            var result = ConvertObject("{\"huge\":12345678901234567890123,\"justOver\":9223372036854775808}");
            Assert.Equal(BigInteger.Parse("12345678901234567890123"), Assert.IsType<BigInteger>(result["huge"]));
            Assert.Equal(new BigInteger(long.MaxValue) + 1, Assert.IsType<BigInteger>(result["justOver"]));
        }

        [Fact]
        public void Fractions_and_exponents_become_Double()
        {
            var result = ConvertObject("{\"a\":1.5,\"b\":9000.0,\"c\":1e3}");
            Assert.Equal(1.5d, Assert.IsType<double>(result["a"]));
            Assert.Equal(9000d, Assert.IsType<double>(result["b"]));
            Assert.Equal(1000d, Assert.IsType<double>(result["c"]));
        }

        [Fact]
        public void Booleans_and_null_keep_their_meaning()
        {
            var result = ConvertObject("{\"t\":true,\"f\":false,\"n\":null}");
            Assert.Equal(true, result["t"]);
            Assert.Equal(false, result["f"]);
            Assert.True(result.Contains("n"));
            Assert.Null(result["n"]);
        }

        [Fact]
        public void Utc_date_time_becomes_Utc_DateTime()
        {
            var value = Assert.IsType<DateTime>(ConvertText("\"2021-11-19T10:15:30.000Z\""));
            Assert.Equal(DateTimeKind.Utc, value.Kind);
            Assert.Equal(new DateTime(2021, 11, 19, 10, 15, 30, DateTimeKind.Utc), value);
        }

        [Theory]
        [InlineData("2021-11-19T10:15:30+01:00", "2021-11-19T09:15:30Z")]
        [InlineData("2021-11-19T10:15:30.000+0000", "2021-11-19T10:15:30Z")]
        [InlineData("2021-05-08T07:04:25.376+0100", "2021-05-08T06:04:25.376Z")]
        [InlineData("2021-11-19T10:15:30.1234567-05:00", "2021-11-19T15:15:30.1234567Z")]
        public void Date_time_with_offset_becomes_the_same_instant_in_local_time(string text, string utcInstant)
        {
            var value = Assert.IsType<DateTime>(ConvertText("\"" + text + "\""));
            Assert.Equal(DateTimeKind.Local, value.Kind);
            var expected = DateTimeOffset.Parse(utcInstant, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime;
            Assert.Equal(expected, value.ToUniversalTime());
        }

        [Fact]
        public void Date_time_without_zone_is_Unspecified()
        {
            var value = Assert.IsType<DateTime>(ConvertText("\"2021-11-19T10:15:30\""));
            Assert.Equal(DateTimeKind.Unspecified, value.Kind);
            Assert.Equal(new DateTime(2021, 11, 19, 10, 15, 30), value);
        }

        [Fact]
        public void Microsoft_date_format_becomes_DateTime_as_in_ConvertFrom_Json()
        {
            var value = Assert.IsType<DateTime>(ConvertText("\"\\/Date(1234567890000)\\/\""));
            Assert.Equal(new DateTime(2009, 2, 13, 23, 31, 30, DateTimeKind.Utc), value);
        }

        [Theory]
        [InlineData("2021-11-19")]
        [InlineData("10:15")]
        [InlineData("2021-11-19 10:15:30Z")]
        [InlineData("2021-13-45T10:15:30Z")]
        [InlineData("2021-11-19T10:15:30Z and more")]
        [InlineData("KP-19")]
        [InlineData("")]
        public void Strings_that_merely_look_date_ish_stay_strings(string text)
        {
            Assert.Equal(text, Assert.IsType<string>(ConvertText(Newtonsoft.Json.JsonConvert.ToString(text))));
        }

        [Fact]
        public void Arrays_become_object_arrays_in_order()
        {
            var items = Assert.IsType<object[]>(ConvertText("[1,\"two\",[3],{\"four\":4},null]"));
            Assert.Equal(5, items.Length);
            Assert.Equal(1L, items[0]);
            Assert.Equal("two", items[1]);
            Assert.Equal(new object[] { 3L }, Assert.IsType<object[]>(items[2]));
            Assert.Equal(4L, Assert.IsType<OrderedDictionary>(items[3])["four"]);
            Assert.Null(items[4]);
        }

        [Fact]
        public void Scalars_at_the_root_convert_on_their_own()
        {
            Assert.Equal(42L, ConvertText("42"));
            Assert.Equal("x", ConvertText("\"x\""));
            Assert.Null(new JsonOutputConverter(new DictionaryJsonObjectBuilder()).Convert(null));
        }

        [Fact]
        public void Keys_differing_only_by_case_are_an_error_for_case_insensitive_targets()
        {
            var error = Assert.Throws<DuplicateJsonKeyException>(() =>
                ConvertText("{\"fields\":{\"Key\":1,\"key\":2}}", DictionaryJsonObjectBuilder.PSObjectLike()));
            Assert.Equal("Key", error.ExistingKey);
            Assert.Equal("key", error.DuplicateKey);
            Assert.Equal("fields", error.JsonPath);
            Assert.Contains("'Key'", error.Message);
            Assert.Contains("'key'", error.Message);
            Assert.Equal("both", Remedies.Of(error).KeysToKeep);
            Assert.Equal(RemedyKind.UseHashtableOutput, Remedies.Of(error).Kind);
        }

        [Fact]
        public void Keys_differing_only_by_case_are_kept_apart_by_case_sensitive_targets()
        {
            var result = ConvertObject("{\"Key\":1,\"key\":2}");
            Assert.Equal(new object[] { "Key", "key" }, result.Keys.Cast<object>().ToArray());
            Assert.Equal(1L, result["Key"]);
            Assert.Equal(2L, result["key"]);
        }

        [Fact]
        public void Empty_key_is_an_error_for_PSObject_like_targets_and_kept_for_hashtables()
        {
            var error = Assert.Throws<EmptyJsonKeyException>(() => ConvertText("[{\"\":1}]", DictionaryJsonObjectBuilder.PSObjectLike()));
            Assert.Equal("[0]", error.JsonPath);
            Assert.Equal(RemedyKind.UseHashtableOutput, Remedies.Of(error).Kind);

            var kept = (OrderedDictionary)((object[])ConvertText("[{\"\":1}]"))[0];
            Assert.Equal(1L, kept[""]);
        }

        [Fact]
        public void Ten_thousand_deep_array_converts_without_overflowing_the_stack()
        {
            const int depth = 10000;
            JToken token = new JValue("bottom");
            for (var i = 0; i < depth; i++) token = new JArray(token);

            object current = new JsonOutputConverter(new DictionaryJsonObjectBuilder()).Convert(token);
            for (var i = 0; i < depth; i++) current = Assert.Single(Assert.IsType<object[]>(current));
            Assert.Equal("bottom", current);
        }

        [Fact]
        public void Deeply_nested_text_parses_and_converts()
        {
            const int depth = 1000;
            var text = new string('[', depth) + "{\"a\":1}" + new string(']', depth);
            object current = ConvertText(text);
            for (var i = 0; i < depth; i++) current = Assert.Single(Assert.IsType<object[]>(current));
            Assert.Equal(1L, ((OrderedDictionary)current)["a"]);
        }
    }
}
