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

        internal HashSet<string> Spent { get; } = new HashSet<string>();
    }
}
