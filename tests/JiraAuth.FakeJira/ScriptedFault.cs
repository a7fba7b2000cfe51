using System.Collections.Generic;

namespace JiraAuth.FakeJira
{
    /// <summary>A canned response that replaces the normal one for a limited number of matching requests.</summary>
    public sealed class ScriptedFault
    {
        public string PathPrefix { get; init; }
        public int Status { get; init; }
        public IReadOnlyDictionary<string, string> Headers { get; init; }
        public string Body { get; init; }
        public string ContentType { get; init; }

        /// <summary>A body too large to script as text: this many bytes of a JSON array, generated while writing.</summary>
        public long GeneratedBodyBytes { get; init; }

        public TransportFault Transport { get; init; }

        /// <summary>For SlowHeaders: how long to wait before answering.</summary>
        public System.TimeSpan Delay { get; init; }

        /// <summary>When set, the answer waits until the test releases it.</summary>
        public HeldAnswer Hold { get; init; }

        internal int RemainingUses { get; set; }
    }
}
