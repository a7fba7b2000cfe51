using System;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Http;
using JiraAuth.Core.Storage;
using JiraAuth.OAuth;
using JiraAuth.Vault;
using JiraAuth.Core.Connecting;

namespace JiraAuth.Connecting
{
    /// <summary>
    /// Connect-JiraCloud's sequence in one place (PSOpenAD's OpenADSessionFactory is the model): load a saved connection,
    /// check the vault, connect (validating with /myself), save, dispose on failure, warn of expiry, register.
    /// The cmdlet binds parameters, builds the request and writes the result.
    /// </summary>
    internal sealed class JiraConnectionFactory
    {
        private readonly SecretManagementStore _store;
        private readonly ConnectionRegistry _registry;
        private readonly IConnectHost _host;

        public JiraConnectionFactory(SecretManagementStore store, ConnectionRegistry registry, IConnectHost host)
        {
            _store = store;
            _registry = registry;
            _host = host;
        }

        /// <summary>The saved connection <paramref name="name"/>, with this session's retry and timeout: its name, vault and strategy.</summary>
        /// <exception cref="SavedConnectionNotFoundException">No vault (or not <paramref name="vault"/>) holds it.</exception>
        public (string Name, string Vault, IConnectStrategy Strategy) LoadSaved(string name, string vault, RetryOptions retry, TimeSpan? timeout)
        {
            var saved = _store.Load(name, vault) ?? throw new SavedConnectionNotFoundException(name, vault);
            var record = saved.Record;
            var settings = ConnectionRecordMapper.ToSettings(record, retry, timeout);
            var savedName = record.Name ?? name;
            var farm = SharedSignInWarning.Once(savedName, saved.VaultName, record);
            if (farm != null) _host.WriteWarning(farm);
            return (savedName, saved.VaultName, OAuthConnectRequests.ForSaved(record, settings, savedName, saved.VaultName));
        }

        /// <summary>Connects, saves when asked and registers; the connection returned is registered.</summary>
        public JiraConnection Connect(ConnectRequest request)
        {
            var vault = request.Vault;
            // Check the vault before touching Jira: a scheduled task should learn about a missing vault at once.
            if (request.Save && vault == null) vault = _store.DefaultVaultName();
            else if (request.Save && !request.WhatIf) _store.EnsureVaultExists(vault);

            var result = _host.Wait(ct => request.Strategy.ConnectAsync(request.Name, request.Validate, ct));
            var connection = result.Connection;
            if (!string.IsNullOrEmpty(result.Diagnosis?.Detail)) _host.WriteVerbose(result.Diagnosis.Detail);
            if (result.Diagnosis != null)
            {
                _host.WriteVerbose($"Connected to {connection.ApiBaseUri} as {result.Diagnosis.Account} with {connection.AuthMode} " +
                    $"in {result.Diagnosis.Elapsed.TotalMilliseconds:0} ms.");
            }
            if (request.IsSaved) connection.VaultName = vault;

            if (request.Save && _host.ShouldProcess($"{ConnectionRecordSerializer.SecretName(request.Name)} in vault '{vault}'", "Save Jira connection"))
            {
                try
                {
                    connection.VaultName = SaveRecord(connection, vault);
                }
                catch
                {
                    connection.Dispose(); // not registered, so nobody else would release its HTTP client
                    throw;
                }
            }

            var expiry = TokenExpiryWarning.For(connection.Name, connection.ExpiresOn, DateTimeOffset.Now);
            if (expiry != null) _host.WriteWarning(expiry);
            _registry.Register(connection, request.MakeDefault);
            return connection;
        }

        /// <summary>A 3LO connection saves through its rotation (cross-process lock, generation, read-back); others save their record.</summary>
        private string SaveRecord(JiraConnection connection, string vault)
        {
            var rotation = connection.Settings.OAuth?.Rotation;
            if (rotation == null) return _store.Save(ConnectionRecordMapper.FromConnection(connection), vault);
            var tokenVault = new SecretManagementTokenVault(connection.Name, vault);
            rotation.AttachVault(tokenVault, tokenVault.LockKey);
            _host.Wait(async ct =>
            {
                await rotation.SaveAsync(ct).ConfigureAwait(false);
                return true;
            });
            return vault;
        }
    }
}
