using System;
using System.Collections.Generic;

namespace JiraAuth.FakeJira.OAuth
{
    /// <summary>One consent's rotation chain: every refresh token it issued, which one is live, and whether reuse killed it.</summary>
    public sealed class RefreshChain
    {
        internal RefreshChain(int id, string clientId, string scope)
        {
            Id = id;
            ClientId = clientId;
            Scope = scope;
        }

        public int Id { get; }
        public string ClientId { get; }
        public string Scope { get; }
        public bool Revoked { get; internal set; }

        /// <summary>The one refresh token that still works (null once revoked).</summary>
        public string LiveToken { get; internal set; }

        public int Refreshes { get; internal set; }

        /// <summary>Refreshes that presented an already rotated token, whether the reuse leeway let them pass or they revoked the chain.</summary>
        public int Reuses { get; internal set; }

        /// <summary>Rotated tokens and when they were spent (the reuse leeway counts from then).</summary>
        internal Dictionary<string, DateTimeOffset> Spent { get; } = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
    }
}
