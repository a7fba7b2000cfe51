using System;
using System.Collections;
using System.Globalization;
using System.Management.Automation;
using Newtonsoft.Json.Linq;

namespace JiraAuth.Input
{
    /// <summary>
    /// Turns what a script passes to -Body (hashtables, PSCustomObjects, arrays, dates, primitives) into JSON the way
    /// ConvertTo-Json would, but without its silent depth truncation: too deep is an error, not a lossy body.
    /// </summary>
    internal sealed class PowerShellJsonConverter
    {
        public const int DefaultMaxDepth = 64;

        private readonly int _maxDepth;

        public PowerShellJsonConverter(int maxDepth = DefaultMaxDepth)
        {
            _maxDepth = maxDepth;
        }

        public JToken Convert(object value) => Convert(value, 0);

        private JToken Convert(object value, int depth)
        {
            if (depth > _maxDepth)
            {
                throw new ArgumentException($"-Body is nested more than {_maxDepth} levels deep (or refers to itself); pass a JSON string for such bodies.",
                    "Body");
            }
            if (value is PSObject wrapped)
            {
                if (wrapped.BaseObject is PSCustomObject) return FromProperties(wrapped, depth);
                value = wrapped.BaseObject;
            }
            switch (value)
            {
                case null:
                    return JValue.CreateNull();
                case JToken token:
                    return token.DeepClone();
                case string text:
                    return new JValue(text);
                case char c:
                    return new JValue(c.ToString());
                case bool _:
                case long _:
                case int _:
                case short _:
                case byte _:
                case sbyte _:
                case ushort _:
                case uint _:
                case ulong _:
                case float _:
                case double _:
                case decimal _:
                    return new JValue(value);
                case System.Numerics.BigInteger big:
                    return JToken.Parse(big.ToString(CultureInfo.InvariantCulture));
                case DateTime dateTime:
                    return new JValue(dateTime.ToString("o", CultureInfo.InvariantCulture));
                case DateTimeOffset offset:
                    return new JValue(offset.ToString("o", CultureInfo.InvariantCulture));
                case Enum enumValue:
                    return new JValue(enumValue.ToString());
                case Guid guid:
                    return new JValue(guid.ToString());
                case Uri uri:
                    return new JValue(uri.OriginalString);
                case IDictionary dictionary:
                    var obj = new JObject();
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        var key = entry.Key is PSObject k ? k.BaseObject : entry.Key;
                        obj[System.Convert.ToString(key, CultureInfo.InvariantCulture)] = Convert(entry.Value, depth + 1);
                    }
                    return obj;
                case IEnumerable sequence:
                    var array = new JArray();
                    foreach (var item in sequence) array.Add(Convert(item, depth + 1));
                    return array;
                default:
                    return FromProperties(PSObject.AsPSObject(value), depth);
            }
        }

        private JToken FromProperties(PSObject source, int depth)
        {
            var obj = new JObject();
            foreach (var property in source.Properties)
            {
                if (!property.IsGettable) continue;
                object propertyValue;
                try
                {
                    propertyValue = property.Value;
                }
                catch (GetValueException)
                {
                    continue;
                }
                obj[property.Name] = Convert(propertyValue, depth + 1);
            }
            return obj;
        }
    }
}
