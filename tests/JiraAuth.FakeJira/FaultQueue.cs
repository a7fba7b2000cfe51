using System;
using System.Collections.Generic;

namespace JiraAuth.FakeJira
{
    /// <summary>
    /// Scripted responses for retry tests. Faults are consumed in the order they were enqueued;
    /// the first live fault whose prefix matches wins.
    /// </summary>
    public sealed class FaultQueue
    {
        private readonly object gate = new object();
        private readonly List<ScriptedFault> faults = new List<ScriptedFault>();

        public void Enqueue(string pathPrefix, int status, IDictionary<string, string> headers = null, string body = null,
            string contentType = null, int times = 1)
        {
            if (times < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(times), "A fault must apply at least once.");
            }
            var fault = new ScriptedFault
            {
                PathPrefix = pathPrefix ?? "",
                Status = status,
                Headers = new Dictionary<string, string>(headers ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase),
                Body = body,
                ContentType = contentType,
                RemainingUses = times,
            };
            lock (gate) { faults.Add(fault); }
        }

        public int Pending
        {
            get
            {
                lock (gate)
                {
                    int total = 0;
                    foreach (ScriptedFault fault in faults) { total += fault.RemainingUses; }
                    return total;
                }
            }
        }

        public void Clear()
        {
            lock (gate) { faults.Clear(); }
        }

        internal ScriptedFault TryTake(string apiPath)
        {
            lock (gate)
            {
                for (int i = 0; i < faults.Count; i++)
                {
                    ScriptedFault fault = faults[i];
                    if (!apiPath.StartsWith(fault.PathPrefix, StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }
                    fault.RemainingUses--;
                    if (fault.RemainingUses == 0)
                    {
                        faults.RemoveAt(i);
                    }
                    return fault;
                }
                return null;
            }
        }
    }
}
