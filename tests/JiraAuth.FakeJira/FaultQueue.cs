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

        /// <summary>Breaks the connection for the next <paramref name="times"/> matching requests (see <see cref="TransportFault"/>).</summary>
        public void EnqueueTransportFault(string pathPrefix, TransportFault fault, TimeSpan delay = default, int times = 1, string body = null)
        {
            if (times < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(times), "A fault must apply at least once.");
            }
            var scripted = new ScriptedFault
            {
                PathPrefix = pathPrefix ?? "",
                Status = 200,
                Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase),
                Body = body ?? "{\"values\":[" + string.Join(",", System.Linq.Enumerable.Repeat("{\"id\":\"10001\",\"key\":\"ABC-1\"}", 200)) + "]}",
                ContentType = "application/json;charset=UTF-8",
                Transport = fault,
                Delay = delay,
                RemainingUses = times,
            };
            lock (gate) { faults.Add(scripted); }
        }

        /// <summary>A 200 with <paramref name="body"/> for the next matching request, sent only once the test releases it.</summary>
        public HeldAnswer EnqueueHeldAnswer(string pathPrefix, string body)
        {
            var held = new HeldAnswer();
            var scripted = new ScriptedFault
            {
                PathPrefix = pathPrefix ?? "",
                Status = 200,
                Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase),
                Body = body,
                ContentType = "application/json;charset=UTF-8",
                Hold = held,
                RemainingUses = 1,
            };
            lock (gate) { faults.Add(scripted); }
            return held;
        }

        /// <summary>A 200 whose JSON body is <paramref name="bytes"/> long, streamed without holding it in memory.</summary>
        public void EnqueueLargeBody(string pathPrefix, long bytes, int times = 1)
        {
            var scripted = new ScriptedFault
            {
                PathPrefix = pathPrefix ?? "",
                Status = 200,
                Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase),
                ContentType = "application/json;charset=UTF-8",
                GeneratedBodyBytes = bytes,
                RemainingUses = times,
            };
            lock (gate) { faults.Add(scripted); }
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
