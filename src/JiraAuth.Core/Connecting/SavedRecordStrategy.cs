using System;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Connections;
using JiraAuth.Core.OAuth;

using JiraAuth.Core.Storage;

namespace JiraAuth.Core.Connecting
{
    /// <summary>
    /// A connection saved in a vault: its record says the mode, and the mode's own strategy connects. A 3LO record rotates
    /// its refresh token through the vault it came from (the rotation the caller made for it).
    /// </summary>
    internal sealed class SavedRecordStrategy : IConnectStrategy
    {
        private readonly ConnectionRecord _record;
        private readonly RefreshTokenRotation _rotation;
        private readonly string _signInCommand;

        /// <param name="settings">The record's settings with this session's retry options and timeout (ConnectionRecordMapper.ToSettings).</param>
        /// <param name="rotation">3LO only: the rotation bound to the record's vault; null for the other modes.</param>
        /// <param name="signInCommand">3LO only: the command that signs in again, named in errors that need it.</param>
        public SavedRecordStrategy(ConnectionRecord record, ConnectionSettings settings, RefreshTokenRotation rotation, string signInCommand)
        {
            _record = record ?? throw new ArgumentNullException(nameof(record));
            Settings = settings ?? throw new ArgumentNullException(nameof(settings));
            if (AuthModeProfile.For(record.AuthMode).RotatesRefreshToken && rotation == null)
            {
                throw new ArgumentException("A saved 3LO connection needs the rotation of its refresh token.", nameof(rotation));
            }
            _rotation = rotation;
            _signInCommand = signInCommand;
        }

        public ConnectionSettings Settings { get; }

        public Task<ConnectResult> ConnectAsync(string name, bool validate, CancellationToken cancellationToken)
        {
            var profile = AuthModeProfile.For(_record.AuthMode);
            if (!profile.IsOAuth) return new StaticCredentialStrategy(Settings).ConnectAsync(name, validate, cancellationToken);
            var client = new OAuthClientCredential(_record.ClientId, _record.Secret);
            if (!profile.RotatesRefreshToken)
            {
                return new ServiceAccountStrategy(Settings, client, _record.Scopes).ConnectAsync(name, validate, cancellationToken);
            }
            var tokenClient = OAuthConnector.TokenClient(OAuthTokenEndpoint.ForCloud(Settings.Endpoints.Auth), client, Settings);
            return new SignInStrategy(Settings, tokenClient, _rotation, null, _signInCommand).ConnectAsync(name, validate, cancellationToken);
        }
    }
}
