using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using System.IO;

namespace JiraAuth.Core.Json
{
    /// <summary>Reads JSON the way the output converter needs it: dates stay strings, so the converter decides (Jira's `+0000` offsets included).</summary>
    public static class JiraJson
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

        public static JToken Parse(string text)
        {
            using (var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double, MaxDepth = MaxDepth })
            {
                var token = JToken.ReadFrom(reader);
                // Reject trailing garbage so "{}x" is not mistaken for JSON.
                while (reader.Read())
                {
                    if (reader.TokenType != JsonToken.Comment) throw new JsonReaderException("Additional text found after the JSON value.");
                }
                return token;
            }
        }
    }
}
