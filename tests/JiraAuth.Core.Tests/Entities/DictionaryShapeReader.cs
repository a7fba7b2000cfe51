using System.Collections.Specialized;
using JiraAuth.Core.Entities;

namespace JiraAuth.Core.Tests.Entities
{
    /// <summary>Reads what <see cref="JiraAuth.Core.Json.DictionaryJsonObjectBuilder"/> builds, as the module's reader reads PSObjects.</summary>
    internal sealed class DictionaryShapeReader : IObjectShapeReader
    {
        public static readonly DictionaryShapeReader Instance = new DictionaryShapeReader();

        public bool IsObject(object value) => value is OrderedDictionary;

        public bool TryGetProperty(object target, string name, out object value)
        {
            value = null;
            if (!(target is OrderedDictionary dictionary) || !dictionary.Contains(name)) return false;
            value = dictionary[name];
            return true;
        }
    }
}
