using Newtonsoft.Json;

namespace JiraAuth.Core.Json
{
    /// <summary>
    /// Gives a reader one shared string per distinct property name. A search page repeats the same few hundred keys for
    /// every issue, so the names are allocated once per page instead of once per occurrence. Newtonsoft's own
    /// DefaultJsonNameTable only finds names added up front; this one adds what it has not seen, up to a limit so a
    /// response made of endless distinct keys cannot grow it without bound.
    /// </summary>
    internal sealed class PropertyNameCache : JsonNameTable
    {
        public const int MaxNames = 4096;

        private readonly DefaultJsonNameTable _names = new DefaultJsonNameTable();
        private int _count;

        public override string Get(char[] key, int start, int length)
        {
            var known = _names.Get(key, start, length);
            if (known != null) return known;
            var name = new string(key, start, length);
            if (_count >= MaxNames) return name;
            _count++;
            return _names.Add(name);
        }
    }
}
