using System;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Connections;
using JiraAuth.Core.OAuth;

namespace JiraAuth.Core.Connecting
{
    /// <summary>
    /// A 3LO connection once the person's consent is done: the grant from the code exchange serves until it ends, then the
    /// rotation refreshes. The interactive part (browser, pasted redirect, choice of site) happens before, in the module.
    /// </summary>
    internal sealed class SignInStrategy : IConnectStrategy
    {
        private readonly ConnectionSettings _settings;
        private readonly OAuthTokenClient _tokenClient;
        private readonly RefreshTokenRotation _rotation;
        private readonly OAuthGrant _grant;
        private readonly string _signInCommand;

        /// <param name="settings">The chosen site and its cloudId; no credential.</param>
        /// <param name="grant">The sign-in's grant; null for a saved record, whose rotation refreshes at once.</param>
        public SignInStrategy(ConnectionSettings settings, OAuthTokenClient tokenClient, RefreshTokenRotation rotation, OAuthGrant grant,
            string signInCommand)
        {
            _settings = settings ?? throw new ArgumentNullException(nameof(settings));
            _tokenClient = tokenClient ?? throw new ArgumentNullException(nameof(tokenClient));
            _rotation = rotation ?? throw new ArgumentNullException(nameof(rotation));
            _grant = grant;
            _signInCommand = signInCommand;
        }

        public Task<ConnectResult> ConnectAsync(string name, bool validate, CancellationToken cancellationToken) =>
            new OAuthConnector().ConnectUserAsync(name, _settings, _tokenClient, _rotation, _grant, _signInCommand, validate, cancellationToken);
    }
}
