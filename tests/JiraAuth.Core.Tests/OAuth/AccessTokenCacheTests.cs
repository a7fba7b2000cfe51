using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Auth;
using JiraAuth.Core.OAuth;
using Xunit;
using JiraAuth.Core.Http;

namespace JiraAuth.Core.Tests.OAuth
{
    public class AccessTokenCacheTests
    {
        private static AccessToken Token(string value, DateTimeOffset now, int seconds = 3600) =>
            new AccessToken(SecretText.FromString(value), now.AddSeconds(seconds), TimeSpan.FromSeconds(seconds));

        [Fact]
        public async Task ConcurrentCallersShareOneFetch()
        {
            var release = new TaskCompletionSource<bool>();
            var fetches = 0;
            var cache = new AccessTokenCache(async ct =>
            {
                Interlocked.Increment(ref fetches);
                await release.Task;
                return Token("t1", DateTimeOffset.UtcNow);
            });

            var waiting = 0;
            var callers = Enumerable.Range(0, 20).Select(_ => Task.Run(() =>
            {
                var call = cache.GetAsync(CancellationToken.None);
                Interlocked.Increment(ref waiting); // GetAsync has returned: this caller now waits on the one fetch, which cannot end yet
                return call;
            })).ToList();
            Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref waiting) == 20, TimeSpan.FromSeconds(30)), $"only {waiting} of 20 callers started");
            Assert.All(callers, c => Assert.False(c.IsCompleted, "a caller got a token before the fetch was released"));
            release.SetResult(true);
            var tokens = await Task.WhenAll(callers);

            Assert.Equal(1, fetches);
            Assert.All(tokens, t => Assert.Same(tokens[0], t));
        }

        [Fact]
        public async Task AnHourLongTokenIsRenewedAMinuteBeforeItExpires()
        {
            var start = new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
            var now = start;
            var issued = 0;
            var cache = new AccessTokenCache(ct => Task.FromResult(Token("t" + ++issued, now)), () => now);

            var first = await cache.GetAsync(CancellationToken.None);
            now = start.AddSeconds(3600 - 61);
            Assert.Same(first, await cache.GetAsync(CancellationToken.None));
            now = start.AddSeconds(3600 - 59);
            var second = await cache.GetAsync(CancellationToken.None);

            Assert.NotSame(first, second);
            Assert.Equal(2, issued);
        }

        [Fact]
        public async Task AShortLivedTokenIsRenewedInTheLastTenthOfItsLife()
        {
            var start = DateTimeOffset.UtcNow;
            var now = start;
            var cache = new AccessTokenCache(ct => Task.FromResult(Token(Guid.NewGuid().ToString(), now, seconds: 10)), () => now);
            var first = await cache.GetAsync(CancellationToken.None);

            now = start.AddSeconds(8.9);
            Assert.Same(first, await cache.GetAsync(CancellationToken.None));
            now = start.AddSeconds(9.1);
            Assert.NotSame(first, await cache.GetAsync(CancellationToken.None));
        }

        [Fact]
        public async Task InvalidatingATokenThatWasAlreadyReplacedKeepsTheNewOne()
        {
            var cache = new AccessTokenCache(ct => Task.FromResult(Token(Guid.NewGuid().ToString(), DateTimeOffset.UtcNow)));
            var first = await cache.GetAsync(CancellationToken.None);
            cache.Invalidate(first);
            var second = await cache.GetAsync(CancellationToken.None);

            cache.Invalidate(first); // a late 401 for the old token

            Assert.Same(second, await cache.GetAsync(CancellationToken.None));
            Assert.Equal(2, cache.FetchCount);
        }
    }
}
