using System;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Connections;

namespace JiraAuth.Core.Connecting
{
    /// <summary>An API token, scoped API token, personal access token or password: the credential probe settles the mode.</summary>
    internal sealed class StaticCredentialStrategy : IConnectStrategy
    {
        private readonly ConnectionSettings _settings;

        public StaticCredentialStrategy(ConnectionSettings settings)
        {
            _settings = settings ?? throw new ArgumentNullException(nameof(settings));
            if (settings.Credential == null) throw new ArgumentException("A static credential is required.", nameof(settings));
        }

        public Task<ConnectResult> ConnectAsync(string name, bool validate, CancellationToken cancellationToken) =>
            new JiraConnector().ConnectAsync(name, _settings, validate, cancellationToken);
    }
}
