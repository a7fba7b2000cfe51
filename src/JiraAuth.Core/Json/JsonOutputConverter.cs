using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace JiraAuth.Core.Json
{
    /// <summary>
    /// Turns JSON into output objects with the same value types PowerShell 7's ConvertFrom-Json produces for the same text:
    /// integers → long (BigInteger beyond Int64), other numbers → double, ISO 8601 date-times → DateTime, arrays → the builder's
    /// array (object[]), objects → the builder's objects with properties in document order. It reads tokens straight from a
    /// <see cref="JsonReader"/>, so a response never has to exist as a string or a JToken tree first.
    /// </summary>
    internal sealed class JsonOutputConverter : IJsonValueConverter
    {
        private readonly IJsonObjectBuilder _builder;
        private readonly List<JsonConversionFrame> _frames = new List<JsonConversionFrame>();

        public JsonOutputConverter(IJsonObjectBuilder builder)
        {
            _builder = builder ?? throw new ArgumentNullException(nameof(builder));
        }

        /// <summary>Readers feeding this converter recognise dates themselves, with ConvertFrom-Json's own settings (see <see
        /// cref="JiraJson.CreateReader"/>).</summary>
        public DateParseHandling DateParseHandling => DateParseHandling.DateTime;

        /// <exception cref="DuplicateJsonKeyException">Keys differ only by case and the builder is case-insensitive.</exception>
        /// <exception cref="EmptyJsonKeyException">A key is "" and the builder cannot hold it.</exception>
        public object Convert(JToken token)
        {
            if (token == null) return null;
            using (var reader = token.CreateReader())
            {
                reader.MaxDepth = null; // a tree that exists was already accepted by whoever built it
                reader.DateParseHandling = DateParseHandling.None; // string values in a tree are text; dates are recognised here
                reader.Read();
                return ReadValue(reader);
            }
        }

        /// <exception cref="DuplicateJsonKeyException">Keys differ only by case and the builder is case-insensitive.</exception>
        /// <exception cref="EmptyJsonKeyException">A key is "" and the builder cannot hold it.</exception>
        /// <exception cref="JsonReaderException">The text is not JSON.</exception>
        [MethodImpl(HotPath.Optimize)]
        public object ReadValue(JsonReader reader)
        {
            if (reader == null) throw new ArgumentNullException(nameof(reader));
            if (reader.TokenType == JsonToken.None && !reader.Read()) return null;
            while (reader.TokenType == JsonToken.Comment)
            {
                if (!reader.Read()) return null;
            }
            if (!IsStart(reader.TokenType)) return ConvertScalar(reader);

            // Iterative on purpose: a hostile or broken 10,000-deep response must not overflow the stack.
            var depth = 0;
            var frame = Open(depth, reader.TokenType);
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonToken.PropertyName:
                        AcceptName(frame, (string)reader.Value, reader);
                        break;
                    case JsonToken.Comment:
                        break;
                    case JsonToken.StartObject:
                    case JsonToken.StartArray:
                        frame = Open(++depth, reader.TokenType);
                        break;
                    case JsonToken.EndObject:
                    case JsonToken.EndArray:
                        var completed = frame.Complete(_builder);
                        if (depth == 0) return completed;
                        frame = _frames[--depth];
                        frame.AddValue(completed);
                        break;
                    default:
                        frame.AddValue(ConvertScalar(reader));
                        break;
                }
            }
            throw new JsonReaderException("The JSON text ended inside an object or array.");
        }

        private static bool IsStart(JsonToken token) => token == JsonToken.StartObject || token == JsonToken.StartArray;

        private JsonConversionFrame Open(int depth, JsonToken start)
        {
            if (depth == _frames.Count) _frames.Add(new JsonConversionFrame());
            var frame = _frames[depth];
            if (start == JsonToken.StartObject) frame.StartObject(!_builder.IsCaseSensitive);
            else frame.StartArray();
            return frame;
        }

        private void AcceptName(JsonConversionFrame frame, string name, JsonReader reader)
        {
            if (name.Length == 0 && !_builder.AllowsEmptyPropertyName) throw new EmptyJsonKeyException(ObjectPath(reader.Path, name));
            var existing = frame.AddName(name);
            if (existing != null) throw new DuplicateJsonKeyException(existing, name, ObjectPath(reader.Path, name));
        }

        // The reader's path points at the property ("fields.key", "['a b']"); errors name the object that holds it ("fields").
        private static string ObjectPath(string propertyPath, string name)
        {
            if (propertyPath == name) return string.Empty;
            if (propertyPath.EndsWith("." + name, StringComparison.Ordinal)) return propertyPath.Substring(0, propertyPath.Length - name.Length - 1);
            var bracket = propertyPath.LastIndexOf("['", StringComparison.Ordinal);
            return bracket >= 0 ? propertyPath.Substring(0, bracket) : propertyPath;
        }

        [MethodImpl(HotPath.Optimize)]
        private static object ConvertScalar(JsonReader reader)
        {
            var value = reader.Value;
            switch (reader.TokenType)
            {
                case JsonToken.Null:
                case JsonToken.Undefined:
                    return null;
                case JsonToken.Integer:
                    return ConvertInteger(value);
                case JsonToken.Float:
                    return System.Convert.ToDouble(value, CultureInfo.InvariantCulture);
                case JsonToken.String:
                    // Readers that leave dates as text (trees, copies) get the same decision from Newtonsoft's own parser.
                    var text = (string)value;
                    return reader.DateParseHandling == DateParseHandling.None && JsonDateRecognizer.TryParse(text, out var date) ? (object)date : text;
                default:
                    // Date (already recognised by the reader), Boolean and the non-JSON value kinds pass through unchanged.
                    return value;
            }
        }

        [MethodImpl(HotPath.Optimize)]
        private static object ConvertInteger(object value)
        {
            switch (value)
            {
                case long l: return l;
                case BigInteger big: return big >= long.MinValue && big <= long.MaxValue ? (object)(long)big : big;
                case ulong u when u > long.MaxValue: return new BigInteger(u);
                default: return System.Convert.ToInt64(value, CultureInfo.InvariantCulture);
            }
        }
    }
}
