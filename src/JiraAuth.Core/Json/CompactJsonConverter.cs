using System.Globalization;
using System.IO;
using Newtonsoft.Json;

namespace JiraAuth.Core.Json
{
    /// <summary>-OutputType Json: each value as compact JSON text, as JToken.ToString(Formatting.None) writes it, without building a tree.</summary>
    internal sealed class CompactJsonConverter : IJsonValueConverter
    {
        public DateParseHandling DateParseHandling => DateParseHandling.None;

        public object ReadValue(JsonReader reader)
        {
            using (var text = new StringWriter(CultureInfo.InvariantCulture))
            using (var writer = new JsonTextWriter(text) { Formatting = Formatting.None })
            {
                writer.WriteToken(reader, writeChildren: true);
                writer.Flush();
                return text.ToString();
            }
        }
    }
}
