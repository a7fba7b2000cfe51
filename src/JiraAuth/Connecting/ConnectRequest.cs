using JiraAuth.Core.Connections;

namespace JiraAuth.Connecting
{
    /// <summary>What Connect-JiraCloud bound, ready for <see cref="JiraConnectionFactory.Connect"/>.</summary>
    internal sealed class ConnectRequest
    {
        public ConnectRequest(string name, ConnectionSettings settings)
        {
            Name = name;
            Settings = settings;
        }

        public string Name { get; }
        public ConnectionSettings Settings { get; }

        /// <summary>The vault it was loaded from, or the one to save to; null means the default vault.</summary>
        public string Vault { get; set; }

        /// <summary>Loaded from <see cref="Vault"/>: the connection remembers where it came from.</summary>
        public bool IsSaved { get; set; }

        public bool Save { get; set; }
        public bool Validate { get; set; } = true;
        public bool MakeDefault { get; set; }

        /// <summary>OAuth: how to connect instead of the credential probe (a token session built by the OAuth flow).</summary>
        public System.Func<System.Threading.CancellationToken, System.Threading.Tasks.Task<ConnectResult>> Connector { get; set; }

        /// <summary>-WhatIf: nothing may change, so the named vault is not even looked up.</summary>
        public bool WhatIf { get; set; }
    }
}
