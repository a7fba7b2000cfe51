using System;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Http;

namespace JiraAuth.Core.OAuth
{
    /// <summary>
    /// Keeps one access token per connection and fetches a new one shortly before expiry or after a 401. Concurrent
    /// callers share one fetch: a rotating refresh token must never be spent twice by the same process.
    /// </summary>
    internal sealed class AccessTokenCache : IAccessTokenSource
    {
        private readonly Func<CancellationToken, Task<AccessToken>> _fetch;
        private readonly Func<DateTimeOffset> _clock;
        private readonly SemaphoreSlim _gate = new SemaphoreSlim(1, 1);
        private AccessToken _current;

        public AccessTokenCache(Func<CancellationToken, Task<AccessToken>> fetch, Func<DateTimeOffset> clock = null)
        {
            _fetch = fetch ?? throw new ArgumentNullException(nameof(fetch));
            _clock = clock ?? (() => DateTimeOffset.UtcNow);
        }

        /// <summary>How many tokens were fetched: one per expiry or rejection, whatever the number of callers.</summary>
        public int FetchCount { get; private set; }

        public async Task<AccessToken> GetAsync(CancellationToken cancellationToken)
        {
            var token = Volatile.Read(ref _current);
            if (token != null && token.IsFresh(_clock())) return token;
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                // Whoever held the gate before us may have fetched already.
                token = Volatile.Read(ref _current);
                if (token != null && token.IsFresh(_clock())) return token;
                token = await _fetch(cancellationToken).ConfigureAwait(false);
                FetchCount++;
                Volatile.Write(ref _current, token);
                return token;
            }
            finally
            {
                _gate.Release();
            }
        }

        /// <summary>Starts with a token obtained elsewhere (the sign-in's own grant), so no refresh follows a fresh sign-in.</summary>
        public void Seed(AccessToken token) => Volatile.Write(ref _current, token);

        public void Invalidate(AccessToken rejected)
        {
            if (rejected != null) Interlocked.CompareExchange(ref _current, null, rejected);
        }
    }
}
