using JiraAuth.Core.Connections;
using JiraAuth.Core.Connecting;

namespace JiraAuth.Connecting
{
    /// <summary>What Connect-JiraCloud bound, ready for <see cref="JiraConnectionFactory.Connect"/>; immutable once built.</summary>
    internal sealed class ConnectRequest
    {
        public ConnectRequest(string name, IConnectStrategy strategy)
        {
            Name = name;
            Strategy = strategy;
        }

        public string Name { get; }

        /// <summary>How this kind of credential becomes a connection.</summary>
        public IConnectStrategy Strategy { get; }

        /// <summary>The vault it was loaded from, or the one to save to; null means the default vault.</summary>
        public string Vault { get; init; }

        /// <summary>Loaded from <see cref="Vault"/>: the connection remembers where it came from.</summary>
        public bool IsSaved { get; init; }

        public bool Save { get; init; }
        public bool Validate { get; init; } = true;
        public bool MakeDefault { get; init; }

        /// <summary>-WhatIf: nothing may change, so the named vault is not even looked up.</summary>
        public bool WhatIf { get; init; }
    }
}
