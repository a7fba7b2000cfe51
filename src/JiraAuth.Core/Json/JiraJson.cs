using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using System.IO;

namespace JiraAuth.Core.Json
{
    /// <summary>Reads JSON the way the output converter needs it: numbers as long/BigInteger/double, depth up to ConvertFrom-Json's limit.</summary>
    internal static class JiraJson
    {
        public static JToken TryParse(string text)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            try
            {
                return Parse(text);
            }
            catch (JsonReaderException)
            {
                return null;
            }
        }

        /// <summary>Deepest nesting accepted: ConvertFrom-Json's default -Depth. Newtonsoft's own default (64) rejects deeply nested ADF documents.</summary>
        public const int MaxDepth = 1024;

        /// <summary>Parses to a tree with dates left as strings, so the output converter decides (Jira's `+0000` offsets included).</summary>
        public static JToken Parse(string text)
        {
            using (var reader = CreateReader(new StringReader(text), DateParseHandling.None))
            {
                var token = JToken.ReadFrom(reader);
                EnsureEnd(reader);
                return token;
            }
        }

        /// <summary>
        /// A reader with the settings of PowerShell 7's ConvertFrom-Json. With <see cref="DateParseHandling.DateTime"/> the
        /// reader itself recognises dates exactly as ConvertFrom-Json does; with None they stay strings (for copying text).
        /// </summary>
        public static JsonTextReader CreateReader(TextReader text, DateParseHandling dates) =>
            new JsonTextReader(text)
            {
                DateParseHandling = dates,
                DateTimeZoneHandling = DateTimeZoneHandling.RoundtripKind,
                FloatParseHandling = FloatParseHandling.Double,
                MaxDepth = MaxDepth,
                // A page repeats the same few hundred keys for every issue: each is read into one shared string, not one per occurrence.
                PropertyNameTable = new PropertyNameCache(),
            };

        /// <summary>Rejects trailing garbage so "{}x" is not mistaken for JSON.</summary>
        public static void EnsureEnd(JsonReader reader)
        {
            while (reader.Read())
            {
                if (reader.TokenType != JsonToken.Comment) throw new JsonReaderException("Additional text found after the JSON value.");
            }
        }
    }
}
