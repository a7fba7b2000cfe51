using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace JiraAuth.FakeJira
{
    /// <summary>Thread-safe record of every request; enumerating takes a snapshot so tests may enumerate while requests arrive.</summary>
    public sealed class RequestLog : IEnumerable<LoggedRequest>
    {
        private readonly object gate = new object();
        private readonly List<LoggedRequest> entries = new List<LoggedRequest>();

        public int Count
        {
            get { lock (gate) { return entries.Count; } }
        }

        public IReadOnlyList<LoggedRequest> Snapshot()
        {
            lock (gate) { return entries.ToArray(); }
        }

        public LoggedRequest Last => Snapshot().LastOrDefault();

        public void Clear()
        {
            lock (gate) { entries.Clear(); }
        }

        internal void Add(LoggedRequest request)
        {
            lock (gate) { entries.Add(request); }
        }

        public IEnumerator<LoggedRequest> GetEnumerator() => ((IEnumerable<LoggedRequest>)Snapshot()).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
