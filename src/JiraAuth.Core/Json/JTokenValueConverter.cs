using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace JiraAuth.Core.Json
{
    /// <summary>Values as JToken trees, dates left as strings: for Core callers that inspect items (and the JToken paging API).</summary>
    internal sealed class JTokenValueConverter : IJsonValueConverter
    {
        private static readonly JsonLoadSettings Settings = new JsonLoadSettings { CommentHandling = CommentHandling.Ignore };

        public DateParseHandling DateParseHandling => DateParseHandling.None;

        public object ReadValue(JsonReader reader) => JToken.ReadFrom(reader, Settings);
    }
}
