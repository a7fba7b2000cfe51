using System;
using System.Collections.Generic;

namespace JiraAuth.Core.Json
{
    /// <summary>
    /// One open object or array in <see cref="JsonOutputConverter"/>'s explicit stack (recursion would let deep JSON overflow
    /// the stack and kill PowerShell). Frames are reused level by level, so a large document does not allocate one per object.
    /// </summary>
    internal sealed class JsonConversionFrame
    {
        // Most Jira objects have few keys: a linear scan beats hashing until an object grows past this.
        private const int LinearScanLimit = 8;

        private readonly List<object> _items = new List<object>();
        private readonly List<string> _names = new List<string>();
        private HashSet<string> _nameSet;
        private bool _checkNames;

        /// <summary>The builder's object while converting a JSON object; null for arrays.</summary>
        public object Target { get; private set; }

        /// <summary>Converted items while converting a JSON array.</summary>
        public List<object> Items => _items;

        /// <summary>The property whose value is being read (for a container: converted one level down).</summary>
        public string PendingName { get; set; }

        public void StartObject(IJsonObjectBuilder builder)
        {
            Target = builder.CreateObject(0);
            _checkNames = !builder.IsCaseSensitive;
            _names.Clear();
            _nameSet?.Clear();
            PendingName = null;
        }

        public void StartArray()
        {
            Target = null;
            _items.Clear();
            PendingName = null;
        }

        /// <summary>Remembers the name and returns the earlier name it collides with case-insensitively, if any.</summary>
        public string RegisterName(string name)
        {
            if (!_checkNames) return null;
            if (_names.Count < LinearScanLimit)
            {
                foreach (var seen in _names)
                {
                    if (string.Equals(seen, name, StringComparison.OrdinalIgnoreCase)) return seen;
                }
                _names.Add(name);
                return null;
            }

            if (_nameSet == null) _nameSet = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (_nameSet.Count == 0) _nameSet.UnionWith(_names);
            if (_nameSet.Add(name))
            {
                _names.Add(name);
                return null;
            }
            foreach (var seen in _names)
            {
                if (string.Equals(seen, name, StringComparison.OrdinalIgnoreCase)) return seen;
            }
            return null;
        }

        /// <summary>Hands the finished object or array out and lets go of it, so the reused frame keeps nothing alive.</summary>
        public object Complete(IJsonObjectBuilder builder)
        {
            if (Target != null)
            {
                var completed = Target;
                Target = null;
                return completed;
            }
            var array = builder.CreateArray(_items);
            _items.Clear();
            return array;
        }
    }
}
