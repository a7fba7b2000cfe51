using System;
using JiraAuth.Core.OAuth;
using JiraAuth.Core.Storage;

namespace JiraAuth.Core.Tests.OAuth
{
    /// <summary>One saved record shared by "processes"; each sees it through a <see cref="View"/> that can lag or fail like a real vault.</summary>
    internal sealed class InMemoryTokenVault
    {
        private readonly object _sync = new object();
        private ConnectionRecord _stored;

        public InMemoryTokenVault(ConnectionRecord initial)
        {
            _stored = initial.Clone();
        }

        public ConnectionRecord Stored
        {
            get { lock (_sync) return _stored?.Clone(); }
        }

        public int Writes { get; private set; }

        public View NewView(string name) => new View(this, name);

        internal sealed class View : IRefreshTokenVault
        {
            private readonly InMemoryTokenVault _vault;
            private ConnectionRecord _cached;

            public View(InMemoryTokenVault vault, string name)
            {
                _vault = vault;
                Description = "test vault '" + name + "'";
            }

            public string Description { get; }

            /// <summary>Reads that still return this view's earlier copy, like SecretStore's per-process cache.</summary>
            public int StaleReadsLeft { get; set; }

            public bool FailWrites { get; set; }

            /// <summary>Accepts writes and forgets them (a vault that does not keep what it is given).</summary>
            public bool DropWrites { get; set; }

            public int Reads { get; private set; }

            public ConnectionRecord Read()
            {
                Reads++;
                if (StaleReadsLeft > 0 && _cached != null)
                {
                    StaleReadsLeft--;
                    return _cached.Clone();
                }
                _cached = _vault.Stored;
                return _cached?.Clone();
            }

            public void Write(ConnectionRecord record)
            {
                if (FailWrites) throw new InvalidOperationException("The vault is locked.");
                if (DropWrites) return;
                lock (_vault._sync)
                {
                    _vault._stored = record.Clone();
                    _vault.Writes++;
                }
                _cached = record.Clone();
            }
        }
    }
}
