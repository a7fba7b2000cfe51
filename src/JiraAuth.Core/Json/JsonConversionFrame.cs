using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace JiraAuth.Core.Json
{
    /// <summary>One open object or array in <see cref="JsonOutputConverter"/>'s explicit stack (recursion would let deep JSON overflow the stack and kill PowerShell).</summary>
    internal sealed class JsonConversionFrame
    {
        private readonly IEnumerator<JToken> _children;
        private readonly Dictionary<string, string> _seenNames;

        public JsonConversionFrame(JContainer source, IJsonObjectBuilder builder)
        {
            Source = source;
            _children = source.Children().GetEnumerator();
            if (source is JObject obj)
            {
                Target = builder.CreateObject(obj.Count);
                if (!builder.IsCaseSensitive) _seenNames = new Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase);
            }
            else
            {
                Items = new List<object>(source.Count);
            }
        }

        public JContainer Source { get; }

        /// <summary>The builder's object while converting a JSON object; null for arrays.</summary>
        public object Target { get; }

        /// <summary>Converted items while converting a JSON array; null for objects.</summary>
        public List<object> Items { get; }

        /// <summary>The property whose value is the container currently being converted one level down.</summary>
        public string PendingName { get; set; }

        public bool MoveNext(out JToken child) 
        {
            if (_children.MoveNext())
            {
                child = _children.Current;
                return true;
            }
            child = null;
            return false;
        }

        /// <summary>Remembers the name and returns the earlier name it collides with case-insensitively, if any.</summary>
        public string RegisterName(string name)
        {
            if (_seenNames == null) return null;
            if (_seenNames.TryGetValue(name, out var existing)) return existing;
            _seenNames.Add(name, name);
            return null;
        }
    }
}
