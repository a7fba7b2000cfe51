using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using Newtonsoft.Json.Linq;

namespace JiraAuth.Core.Json
{
    /// <summary>
    /// Turns parsed JSON into output objects with the same value types PowerShell 7's ConvertFrom-Json produces for the same text:
    /// integers → long (BigInteger beyond Int64), other numbers → double, ISO 8601 date-times → DateTime, arrays → the builder's
    /// array (object[]), objects → the builder's objects with properties in document order.
    /// </summary>
    public sealed class JsonOutputConverter
    {
        private readonly IJsonObjectBuilder _builder;

        public JsonOutputConverter(IJsonObjectBuilder builder)
        {
            _builder = builder ?? throw new ArgumentNullException(nameof(builder));
        }

        /// <exception cref="DuplicateJsonKeyException">Keys differ only by case and the builder is case-insensitive.</exception>
        /// <exception cref="EmptyJsonKeyException">A key is "" and the builder cannot hold it.</exception>
        public object Convert(JToken token)
        {
            if (token == null) return null;
            if (!IsContainer(token)) return ConvertValue(token);

            // Iterative on purpose: a hostile or broken 10,000-deep response must not overflow the stack.
            var stack = new Stack<JsonConversionFrame>();
            stack.Push(new JsonConversionFrame((JContainer)token, _builder));
            while (true)
            {
                var frame = stack.Peek();
                if (frame.MoveNext(out var child))
                {
                    var name = frame.Target != null ? AcceptName(frame, (JProperty)child) : null;
                    var value = child is JProperty property ? property.Value : child;
                    if (value.Type == JTokenType.Comment) continue;
                    if (IsContainer(value))
                    {
                        frame.PendingName = name;
                        stack.Push(new JsonConversionFrame((JContainer)value, _builder));
                        continue;
                    }
                    Add(frame, name, ConvertValue(value));
                    continue;
                }

                stack.Pop();
                var completed = frame.Target != null ? _builder.CompleteObject(frame.Target) : _builder.CreateArray(frame.Items);
                if (stack.Count == 0) return completed;
                var parent = stack.Peek();
                Add(parent, parent.PendingName, completed);
            }
        }

        private static bool IsContainer(JToken token) => token.Type == JTokenType.Object || token.Type == JTokenType.Array;

        private string AcceptName(JsonConversionFrame frame, JProperty property)
        {
            var name = property.Name;
            if (name.Length == 0 && !_builder.AllowsEmptyPropertyName) throw new EmptyJsonKeyException(frame.Source.Path);
            var existing = frame.RegisterName(name);
            if (existing != null) throw new DuplicateJsonKeyException(existing, name, frame.Source.Path);
            return name;
        }

        private void Add(JsonConversionFrame frame, string name, object value)
        {
            if (frame.Target != null) _builder.AddProperty(frame.Target, name, value);
            else frame.Items.Add(value);
        }

        private static object ConvertValue(JToken token)
        {
            var value = (token as JValue)?.Value;
            switch (token.Type)
            {
                case JTokenType.Null:
                case JTokenType.Undefined:
                    return null;
                case JTokenType.Integer:
                    return ConvertInteger(value);
                case JTokenType.Float:
                    return System.Convert.ToDouble(value, CultureInfo.InvariantCulture);
                case JTokenType.String:
                    var text = (string)value;
                    return JsonDateRecognizer.TryParse(text, out var date) ? (object)date : text;
                case JTokenType.Date:
                    // Only tokens parsed with date handling on arrive here; hand out DateTime like ConvertFrom-Json.
                    return value is DateTimeOffset offset ? offset.LocalDateTime : value;
                default:
                    // Boolean and the non-JSON value kinds (Guid, Uri, TimeSpan, Bytes) pass through unchanged.
                    return value;
            }
        }

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
