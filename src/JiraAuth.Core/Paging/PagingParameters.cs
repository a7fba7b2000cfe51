using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using JiraAuth.Core.Http;
using JiraAuth.Core.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace JiraAuth.Core.Paging
{
    /// <summary>
    /// Reads and writes startAt / nextPageToken where the endpoint expects them: the query for GET (and body-less requests),
    /// the JSON body otherwise (POST /search/jql answers 400 to paging fields in the wrong place).
    /// Supported bodies: JObject, a JSON object string, IDictionary&lt;string, object&gt; and non-generic IDictionary (PowerShell hashtables);
    /// anything else cannot be edited safely and is refused. The caller's request and body are never modified: edits go to copies.
    /// </summary>
    internal static class PagingParameters
    {
        public static JiraRequest With(JiraRequest request, string name, object value) => Edit(request, name, value, remove: false);

        public static JiraRequest Without(JiraRequest request, string name) => Edit(request, name, null, remove: true);

        public static long? ReadLong(JiraRequest request, string name)
        {
            object value = null;
            if (request.Query.TryGetValue(name, out var queryValue)) value = queryValue;
            else if (!UsesQuery(request)) value = ReadFromBody(request.Body, name);

            if (value is JValue jvalue) value = jvalue.Value;
            if (value == null) return null;
            try
            {
                return Convert.ToInt64(value, CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is FormatException || e is InvalidCastException || e is OverflowException)
            {
                return null;
            }
        }

        /// <summary>A text parameter (the search's jql, a page token) from where the endpoint expects it; null when absent or not text.</summary>
        public static string ReadString(JiraRequest request, string name)
        {
            object value = null;
            if (request.Query.TryGetValue(name, out var queryValue)) value = queryValue;
            else if (!UsesQuery(request)) value = ReadFromBody(request.Body, name);
            if (value is JValue jvalue) value = jvalue.Value;
            return value as string;
        }

        private static bool UsesQuery(JiraRequest request) => request.Method == HttpMethod.Get || request.Body == null;

        private static JiraRequest Edit(JiraRequest request, string name, object value, bool remove)
        {
            var copy = request.Clone();
            if (UsesQuery(request))
            {
                if (remove) copy.Query.Remove(name);
                else copy.Query[name] = value;
                return copy;
            }

            copy.Body = EditBody(request.Body, name, value, remove);
            return copy;
        }

        private static object EditBody(object body, string name, object value, bool remove)
        {
            switch (body)
            {
                case JObject json:
                    var jsonCopy = (JObject)json.DeepClone();
                    if (remove) jsonCopy.Remove(name);
                    else jsonCopy[name] = value == null ? JValue.CreateNull() : JToken.FromObject(value);
                    return jsonCopy;
                case string text:
                    if (!(JiraJson.TryParse(text) is JObject parsed)) throw Unsupported("a string that is not a JSON object");
                    return ((JObject)EditBody(parsed, name, value, remove)).ToString(Formatting.None);
                case IDictionary<string, object> generic:
                    var genericCopy = new Dictionary<string, object>(StringComparer.Ordinal);
                    foreach (var pair in generic) genericCopy[pair.Key] = pair.Value;
                    return EditDictionary(genericCopy, name, value, remove);
                case IDictionary dictionary:
                    var dictionaryCopy = new Dictionary<string, object>(StringComparer.Ordinal);
                    foreach (DictionaryEntry entry in dictionary) dictionaryCopy[Convert.ToString(entry.Key, CultureInfo.InvariantCulture)] = entry.Value;
                    return EditDictionary(dictionaryCopy, name, value, remove);
                default:
                    throw Unsupported(body.GetType().FullName);
            }
        }

        private static Dictionary<string, object> EditDictionary(Dictionary<string, object> copy, string name, object value, bool remove)
        {
            if (remove) copy.Remove(name);
            else copy[name] = value;
            return copy;
        }

        private static object ReadFromBody(object body, string name)
        {
            switch (body)
            {
                case JObject json: return json[name];
                case string text: return (JiraJson.TryParse(text) as JObject)?[name];
                case IDictionary<string, object> generic: return generic.TryGetValue(name, out var value) ? value : null;
                case IDictionary dictionary: return dictionary.Contains(name) ? dictionary[name] : null;
                default: return null;
            }
        }

        private static NotSupportedException Unsupported(string what) =>
            new NotSupportedException("Cannot page this request: its body is " + what +
                                      ". Pass the body as a JSON object string, a JObject or a hashtable so the paginator can set the paging fields in it.");
    }
}
