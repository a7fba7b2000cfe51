using System;
using System.Collections.Generic;

namespace JiraAuth.FakeJira
{
    /// <summary>
    /// Gates waiting for requests (<see cref="FakeJiraServer.Gates"/>). A request is held after it is logged and before any
    /// scripted fault, authentication or endpoint, so a test can make something happen while a call is provably in flight.
    /// </summary>
    public sealed class RequestGates
    {
        /// <summary>How long a request waits at a gate nobody opens, unless the test says otherwise.</summary>
        public static readonly TimeSpan DefaultHoldLimit = TimeSpan.FromMinutes(1);

        private readonly object sync = new object();
        private readonly List<RequestGate> waiting = new List<RequestGate>();
        private readonly List<RequestGate> taken = new List<RequestGate>();

        /// <summary>Holds the next request whose ApiPath starts with <paramref name="pathPrefix"/> until the returned gate is opened.</summary>
        public RequestGate Hold(string pathPrefix, TimeSpan? holdLimit = null)
        {
            if (string.IsNullOrEmpty(pathPrefix))
            {
                throw new ArgumentException("Name the path to hold, e.g. /rest/api/3/myself.", nameof(pathPrefix));
            }
            var gate = new RequestGate(pathPrefix, holdLimit ?? DefaultHoldLimit);
            lock (sync) { waiting.Add(gate); }
            return gate;
        }

        /// <summary>Opens every gate, held or still waiting (the server does this when it stops).</summary>
        public void OpenAll()
        {
            lock (sync)
            {
                foreach (RequestGate gate in waiting) gate.Open();
                foreach (RequestGate gate in taken) gate.Open();
                waiting.Clear();
                taken.Clear();
            }
        }

        internal RequestGate TryTake(string apiPath)
        {
            lock (sync)
            {
                int index = waiting.FindIndex(g => apiPath.StartsWith(g.PathPrefix, StringComparison.OrdinalIgnoreCase));
                if (index < 0) return null;
                RequestGate gate = waiting[index];
                waiting.RemoveAt(index);
                taken.Add(gate);
                return gate;
            }
        }
    }
}
