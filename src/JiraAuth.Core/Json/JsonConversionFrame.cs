using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace JiraAuth.Core.Json
{
    /// <summary>
    /// One open object or array in <see cref="JsonOutputConverter"/>'s explicit stack (recursion would let deep JSON overflow
    /// the stack and kill PowerShell). An object's properties are collected first and handed to the builder at its end, so the
    /// builder can size the object once (PSObject's member table grows by rehashing otherwise). Frames are reused level by level.
    /// </summary>
    internal sealed class JsonConversionFrame
    {
        // Most Jira objects have few keys: a linear scan beats hashing until an object grows past this.
        private const int LinearScanLimit = 8;

        private readonly List<object> _values = new List<object>();
        private readonly List<string> _names = new List<string>();
        private HashSet<string> _nameSet;
        private bool _checkNames;
        private int _replaceAt = -1;

        public bool IsObject { get; private set; }

        public void StartObject(bool caseInsensitiveNames)
        {
            IsObject = true;
            _checkNames = caseInsensitiveNames;
            _replaceAt = -1;
            _names.Clear();
            _nameSet?.Clear();
        }

        public void StartArray() => IsObject = false;

        /// <summary>
        /// Records the next property's name; returns the earlier name it collides with case-insensitively, if any. The same
        /// name exactly is no collision: as in a parsed JObject (and ConvertFrom-Json), the later value replaces the earlier in place.
        /// </summary>
        [MethodImpl(HotPath.Optimize)]
        public string AddName(string name)
        {
            var existing = _checkNames ? FindCollision(name) : null;
            if (existing != null && string.Equals(existing, name, StringComparison.Ordinal))
            {
                _replaceAt = _names.IndexOf(name);
                return null;
            }
            _names.Add(name);
            if (_nameSet != null && _nameSet.Count > 0) _nameSet.Add(name);
            return existing;
        }

        /// <summary>The value of the property just named, or the next array item.</summary>
        [MethodImpl(HotPath.Optimize)]
        public void AddValue(object value)
        {
            if (_replaceAt >= 0)
            {
                _values[_replaceAt] = value;
                _replaceAt = -1;
                return;
            }
            _values.Add(value);
        }

        /// <summary>Hands the finished object or array out and lets go of its values, so the reused frame keeps nothing alive.</summary>
        [MethodImpl(HotPath.Optimize)]
        public object Complete(IJsonObjectBuilder builder)
        {
            object completed;
            if (IsObject)
            {
                var target = builder.CreateObject(_names.Count);
                for (var i = 0; i < _names.Count; i++) builder.AddProperty(target, _names[i], _values[i]);
                completed = target;
            }
            else
            {
                completed = builder.CreateArray(_values);
            }
            _values.Clear();
            return completed;
        }

        [MethodImpl(HotPath.Optimize)]
        private string FindCollision(string name)
        {
            if (_names.Count < LinearScanLimit)
            {
                foreach (var seen in _names)
                {
                    if (string.Equals(seen, name, StringComparison.OrdinalIgnoreCase)) return seen;
                }
                return null;
            }
            if (_nameSet == null) _nameSet = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (_nameSet.Count == 0) _nameSet.UnionWith(_names);
            if (!_nameSet.Contains(name)) return null;
            foreach (var seen in _names)
            {
                if (string.Equals(seen, name, StringComparison.OrdinalIgnoreCase)) return seen;
            }
            return null;
        }
    }
}
