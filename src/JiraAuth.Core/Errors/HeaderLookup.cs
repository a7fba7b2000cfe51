using System;
using System.Collections.Generic;

namespace JiraAuth.Core.Errors
{
    /// <summary>Finds a header by name ignoring case even when the dictionary itself compares names exactly.</summary>
    internal static class HeaderLookup
    {
        public static string Find(IReadOnlyDictionary<string, string> headers, string name)
        {
            if (headers == null) return null;
            if (headers.TryGetValue(name, out var value)) return value;
            foreach (var pair in headers)
            {
                if (string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase)) return pair.Value;
            }
            return null;
        }

        public static string FindFirst(IReadOnlyDictionary<string, string> headers, params string[] names)
        {
            foreach (var name in names)
            {
                var value = Find(headers, name);
                if (!string.IsNullOrWhiteSpace(value)) return value.Trim();
            }
            return null;
        }
    }
}
