using System;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Linq;
using System.Runtime.CompilerServices;

namespace JiraAuth.Core.Json
{
    /// <summary>
    /// Objects become <see cref="OrderedDictionary"/> (document order kept, like PowerShell's ordered hashtable); arrays become object[].
    /// The default mirrors ConvertFrom-Json -AsHashtable: case-sensitive keys and "" allowed. Invoke-JiraRestMethod
    /// -OutputType Hashtable uses it so "Key" and "key" both survive (a PSObject cannot hold both).
    /// </summary>
    internal sealed class DictionaryJsonObjectBuilder : IJsonObjectBuilder
    {
        public DictionaryJsonObjectBuilder(bool caseSensitive = true, bool allowEmptyPropertyName = true)
        {
            IsCaseSensitive = caseSensitive;
            AllowsEmptyPropertyName = allowEmptyPropertyName;
        }

        /// <summary>Behaves like a PSObject target (case-insensitive, no empty names) so that rule can be tested without PowerShell.</summary>
        public static DictionaryJsonObjectBuilder PSObjectLike() => new DictionaryJsonObjectBuilder(caseSensitive: false, allowEmptyPropertyName: false);

        public bool IsCaseSensitive { get; }

        public bool AllowsEmptyPropertyName { get; }

        [MethodImpl(HotPath.Optimize)]
        public object CreateObject(int propertyCountHint)
        {
            var comparer = IsCaseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
            return new OrderedDictionary(Math.Max(0, propertyCountHint), comparer);
        }

        [MethodImpl(HotPath.Optimize)]
        public void AddProperty(object target, string name, object value) => ((OrderedDictionary)target)[name] = value;

        [MethodImpl(HotPath.Optimize)]
        public object CreateArray(IList<object> items) => items.ToArray();
    }
}
