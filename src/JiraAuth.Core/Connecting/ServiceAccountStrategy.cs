using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Connections;
using JiraAuth.Core.OAuth;

namespace JiraAuth.Core.Connecting
{
    /// <summary>A service account's OAuth client credentials: Cloud (via the gateway) or Data Center, as <see cref="OAuthConnector"/> finds.</summary>
    internal sealed class ServiceAccountStrategy : IConnectStrategy
    {
        private readonly ConnectionSettings _settings;
        private readonly OAuthClientCredential _client;
        private readonly IReadOnlyList<string> _scopes;

        /// <param name="settings">Site and/or CloudId, endpoints, transport; no credential.</param>
        public ServiceAccountStrategy(ConnectionSettings settings, OAuthClientCredential client, IReadOnlyList<string> scopes)
        {
            _settings = settings ?? throw new ArgumentNullException(nameof(settings));
            _client = client ?? throw new ArgumentNullException(nameof(client));
            _scopes = scopes?.ToArray();
        }

        public Task<ConnectResult> ConnectAsync(string name, bool validate, CancellationToken cancellationToken) =>
            new OAuthConnector().ConnectServiceAccountAsync(name, _settings, _client, _scopes, validate, cancellationToken);
    }
}
