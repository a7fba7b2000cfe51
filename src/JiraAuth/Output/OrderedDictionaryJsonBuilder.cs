using System;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Linq;
using JiraAuth.Core.Json;

namespace JiraAuth.Output
{
    /// <summary>For -OutputType Hashtable: ordered, and case-sensitive so "Key" and "key" both survive (PSObject cannot hold both).</summary>
    public sealed class OrderedDictionaryJsonBuilder : IJsonObjectBuilder
    {
        public bool IsCaseSensitive => true;

        public bool AllowsEmptyPropertyName => true;

        public object CreateObject(int propertyCountHint) => new OrderedDictionary(Math.Max(propertyCountHint, 0), StringComparer.Ordinal);

        public void AddProperty(object target, string name, object value) => ((OrderedDictionary)target)[name] = value;

        public object CompleteObject(object target) => target;

        public object CreateArray(IList<object> items) => items.ToArray();
    }
}
