using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Storage;

namespace JiraAuth.Core.OAuth
{
    /// <summary>
    /// Spends a rotating refresh token without ever losing the chain, even when several processes share one saved
    /// connection. Under a cross-process lock keyed by the saved connection it: learns from the lock file which
    /// generation is newest; takes that token from the vault, waiting out a vault cache that still shows an older one;
    /// keeps writes of different processes apart (<see cref="RotationOptions.WriteSpacing"/>); refreshes; writes the
    /// rotated token and reads it back BEFORE the new access token is used. A failed vault write keeps the token in
    /// memory, marks the lock file so other processes do not spend the old one while this one lives
    /// (<see cref="UnsavedTokenHolder"/>), and is retried at the next refresh.
    /// </summary>
    internal sealed class RefreshTokenRotation : IDisposable
    {
        private readonly UnsavedTokenHolder _holder = new UnsavedTokenHolder();
        private static readonly string ProcessId = Process.GetCurrentProcess().Id + "/" + Guid.NewGuid().ToString("N");
        private readonly object _sync = new object();
        private readonly RotationOptions _options;
        private IRefreshTokenVault _vault;
        private string _lockPath;
        private readonly string _writer;
        private ConnectionRecord _record;

        /// <param name="record">The saved (or to-be-saved) record with the current refresh token.</param>
        /// <param name="vault">null for a connection that lives only in this session: no lock, no vault.</param>
        /// <param name="lockKey">Identifies the saved connection across processes, e.g. "JiraVault/JiraAuth:prod".</param>
        public RefreshTokenRotation(ConnectionRecord record, IRefreshTokenVault vault, string lockKey, RotationOptions options = null)
        {
            if (record?.RefreshToken == null) throw new ArgumentException("The record has no refresh token.", nameof(record));
            _record = record.Clone();
            _vault = vault;
            _options = options ?? new RotationOptions();
            _writer = _options.WriterId ?? ProcessId;
            _lockPath = vault == null ? null : CrossProcessLock.PathFor(lockKey, _options.LockDirectory);
        }

        /// <summary>From now on rotate through <paramref name="vault"/> (a fresh sign-in being saved).</summary>
        public void AttachVault(IRefreshTokenVault vault, string lockKey)
        {
            lock (_sync)
            {
                _vault = vault ?? throw new ArgumentNullException(nameof(vault));
                _lockPath = CrossProcessLock.PathFor(lockKey, _options.LockDirectory);
            }
        }

        public bool HasVault => _vault != null;

        /// <summary>Raised (on the refreshing thread) when a rotated token could not be saved; the session goes on with it in memory.</summary>
        public event Action<RefreshTokenNotSavedException> SaveFailed;

        public bool HasUnsavedToken { get; private set; }

        public long Generation
        {
            get { lock (_sync) return _record.Generation; }
        }

        public string LockPath => _lockPath;

        /// <summary>A copy of the newest record this process knows (for an explicit save).</summary>
        public ConnectionRecord Snapshot()
        {
            lock (_sync) return _record.Clone();
        }

        /// <summary>Spends the newest refresh token through <paramref name="refresh"/> and stores what comes back.</summary>
        public async Task<OAuthGrant> RefreshAsync(Func<SecretText, CancellationToken, Task<OAuthGrant>> refresh, CancellationToken cancellationToken)
        {
            if (refresh == null) throw new ArgumentNullException(nameof(refresh));
            if (_vault == null) return Adopt(await refresh(Snapshot().RefreshToken, cancellationToken).ConfigureAwait(false), 0);

            using (var held = await CrossProcessLock.AcquireAsync(_lockPath, _options.LockTimeout, cancellationToken).ConfigureAwait(false))
            {
                var state = held.ReadState();
                await CatchUpAsync(state, cancellationToken).ConfigureAwait(false);
                await KeepApartAsync(state, cancellationToken).ConfigureAwait(false);
                var grant = await refresh(Snapshot().RefreshToken, cancellationToken).ConfigureAwait(false);
                var generation = Math.Max(state.Generation, Generation) + 1;
                Adopt(grant, generation);
                Persist(held, generation);
                return grant;
            }
        }

        /// <summary>Saves the current record as the newest generation (a first save, or a retry after a failed write).</summary>
        public async Task SaveAsync(CancellationToken cancellationToken)
        {
            if (_vault == null) throw new InvalidOperationException("This connection has no vault to save to.");
            using (var held = await CrossProcessLock.AcquireAsync(_lockPath, _options.LockTimeout, cancellationToken).ConfigureAwait(false))
            {
                var state = held.ReadState();
                await KeepApartAsync(state, cancellationToken).ConfigureAwait(false);
                var generation = Math.Max(state.Generation, Generation) + 1;
                lock (_sync)
                {
                    _record.Generation = generation;
                    _record.RotatedOn = _options.MachineName;
                }
                Persist(held, generation, throwOnFailure: true);
            }
        }

        private OAuthGrant Adopt(OAuthGrant grant, long generation)
        {
            lock (_sync)
            {
                // Atlassian sometimes answers a refresh without a new refresh token: the old one stays valid then.
                if (grant.RefreshToken != null)
                {
                    _record.RefreshToken = grant.RefreshToken;
                    _record.RotatedOn = _options.MachineName;
                }
                if (generation > 0) _record.Generation = generation;
                _record.SavedAt = _options.Clock();
            }
            return grant;
        }

        /// <summary>When another process wrote a newer generation, this process's token is dead: read the newer one.</summary>
        private async Task CatchUpAsync(RotationLockState state, CancellationToken cancellationToken)
        {
            if (state.Generation <= Generation) return;
            var deadline = _options.Clock() + _options.StaleReadTimeout;
            while (true)
            {
                var stored = _vault.Read();
                if (stored == null)
                {
                    throw new StaleVaultException($"The saved connection is gone from the {_vault.Description}, so the newest refresh token cannot be read.",
                        RemedyKind.OAuthSignInAgainOnce);
                }
                if (stored.Generation >= state.Generation && stored.RefreshToken != null)
                {
                    lock (_sync) _record = stored.Clone();
                    return;
                }
                if (state.Unsaved && stored.RefreshToken != null && UnsavedTokenHolder.IsGone(_lockPath))
                {
                    // The process with the newest token ended without saving it, so that token is gone. The saved one is all
                    // that is left: Atlassian accepts a just-rotated token again for 10 minutes
                    // (https://community.developer.atlassian.com/t/updated-31-january-2022-action-required-deprecating-persistent-refresh-tokens/54172),
                    // and a strict server ends the sign-in with an error that says to sign in again. Waiting would fail every
                    // process until a person signed in anyway.
                    lock (_sync) _record = stored.Clone();
                    return;
                }
                if (state.Unsaved)
                {
                    throw new StaleVaultException(
                        $"Another JiraAuth process ({state.Writer}) refreshed this connection at {state.WrittenAt:u} "
                            + $"but could not save the new refresh token to the {_vault.Description}; only that process has it.",
                        RemedyKind.OAuthFixOtherProcessVault);
                }
                if (_options.Clock() >= deadline)
                {
                    throw new StaleVaultException(
                        $"The {_vault.Description} still returns refresh-token generation {stored.Generation} "
                            + $"although generation {state.Generation} was saved at {state.WrittenAt:u} by process {state.Writer}; "
                            + "refreshing with the older token would end the sign-in.",
                        RemedyKind.OAuthUseSharedVault);
                }
                await _options.Delay(_options.PollInterval, cancellationToken).ConfigureAwait(false);
            }
        }

        private async Task KeepApartAsync(RotationLockState state, CancellationToken cancellationToken)
        {
            if (state.Writer == null || state.Writer == _writer) return;
            var wait = state.WrittenAt + _options.WriteSpacing - _options.Clock();
            if (wait > TimeSpan.Zero && wait <= _options.WriteSpacing) await _options.Delay(wait, cancellationToken).ConfigureAwait(false);
        }

        private void Persist(HeldLock held, long generation, bool throwOnFailure = false)
        {
            var record = Snapshot();
            try
            {
                _vault.Write(record);
                Verify(record);
                HasUnsavedToken = false;
                _holder.Release();
                held.WriteState(new RotationLockState(generation, _writer, _options.Clock(), unsaved: false));
            }
            catch (Exception e) when (!(e is OperationCanceledException))
            {
                HasUnsavedToken = true;
                _holder.Hold(_lockPath);
                held.WriteState(new RotationLockState(generation, _writer, _options.Clock(), unsaved: true));
                var failure = new RefreshTokenNotSavedException(
                    $"The new refresh token could not be saved to the {_vault.Description}: {e.Message} This session keeps using it; until it is saved, "
                        + "other processes cannot refresh this connection.", e).With(RemedyKind.SaveRefreshTokenLater);
                if (throwOnFailure) throw failure;
                SaveFailed?.Invoke(failure);
            }
        }

        /// <summary>The session is closed: a token it could not save is gone with it, as if the process had ended.</summary>
        public void Dispose() => _holder.Dispose();

        private void Verify(ConnectionRecord written)
        {
            var readBack = _vault.Read();
            if (readBack == null || readBack.Generation != written.Generation || readBack.RefreshToken?.Reveal() != written.RefreshToken.Reveal())
            {
                throw new InvalidOperationException(
                    $"Reading the secret back returned generation {readBack?.Generation.ToString() ?? "(none)"} instead of {written.Generation}: "
                        + "the vault did not keep the write.");
            }
        }
    }
}
