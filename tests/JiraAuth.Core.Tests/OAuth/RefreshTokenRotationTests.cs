using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Auth;
using JiraAuth.Core.OAuth;
using JiraAuth.Core.Storage;
using JiraAuth.FakeJira;
using JiraAuth.FakeJira.OAuth;
using Xunit;
using JiraAuth.Core.Http;

namespace JiraAuth.Core.Tests.OAuth
{
    /// <summary>
    /// Two rotations with different writer ids stand for two processes sharing one saved connection; their vault views
    /// lag or fail the way SecretStore's per-process cache does. The fake server revokes the chain on any reuse.
    /// </summary>
    public class RefreshTokenRotationTests : SharedSignInScenario
    {
        public RefreshTokenRotationTests() : base("shared")
        {
        }

        /// <param name="staleReadTimeout">How long a stale vault is waited out: short where a test needs the limit to pass, long where it
        /// only guards against a hang (a loaded machine can spend more than half a second on a few polls).</param>
        private RefreshTokenRotation Process(string name, IRefreshTokenVault view, TimeSpan? spacing = null, List<TimeSpan> waits = null,
            TimeSpan? staleReadTimeout = null) =>
            new RefreshTokenRotation(Vault.Stored, view, "vault/shared", new RotationOptions
            {
                WriterId = name,
                LockDirectory = Locks,
                WriteSpacing = spacing ?? TimeSpan.FromMilliseconds(20),
                StaleReadTimeout = staleReadTimeout ?? TimeSpan.FromMilliseconds(500),
                PollInterval = TimeSpan.FromMilliseconds(20),
                Delay = waits == null ? (Func<TimeSpan, CancellationToken, Task>)Task.Delay : (d, ct) =>
                    { lock (waits) waits.Add(d); return Task.CompletedTask; },
            });

        [Fact]
        public async Task ProcessesTakingTurnsAlwaysSpendTheNewestTokenAndTheVaultEndsWithTheLiveOne()
        {
            var a = Process("A", Vault.NewView("a"));
            var b = Process("B", Vault.NewView("b"));

            for (var i = 0; i < 3; i++)
            {
                await Refresh(a);
                await Refresh(b);
            }

            Assert.False(Chain.Revoked);
            Assert.Equal(6, Chain.Refreshes);
            Assert.Equal(Chain.LiveToken, Vault.Stored.RefreshToken.Reveal());
            Assert.Equal(7, Vault.Stored.Generation);
        }

        [Fact]
        public async Task ProcessesRefreshingAtTheSameMomentNeverReuseAToken()
        {
            var rotations = new[] { "A", "B", "C" }.Select(n => Process(n, Vault.NewView(n))).ToList();

            await Task.WhenAll(rotations.Select(r => Task.Run(async () =>
            {
                for (var i = 0; i < 4; i++) await Refresh(r);
            })));

            Assert.False(Chain.Revoked);
            Assert.Equal(12, Chain.Refreshes);
            Assert.Equal(Chain.LiveToken, Vault.Stored.RefreshToken.Reveal());
        }

        [Fact]
        public async Task AStaleVaultCacheIsWaitedOutInsteadOfSpendingTheOldToken()
        {
            var a = Process("A", Vault.NewView("a"));
            var bView = Vault.NewView("b");
            var b = Process("B", bView, staleReadTimeout: TimeSpan.FromMinutes(1));
            bView.Read(); // B's cache holds generation 1
            await Refresh(a);

            bView.StaleReadsLeft = 3;
            await Refresh(b);

            Assert.False(Chain.Revoked);
            Assert.Equal(1 + 3 + 1 + 1, bView.Reads); // before; three stale polls, the fresh one; the read-back of its write
        }

        [Fact]
        public async Task AVaultThatNeverCatchesUpStopsTheRefreshBeforeItSpendsADeadToken()
        {
            var a = Process("A", Vault.NewView("a"));
            var bView = Vault.NewView("b");
            var b = Process("B", bView);
            bView.Read();
            await Refresh(a);
            var grantsBefore = Server.OAuth.RefreshGrants;

            bView.StaleReadsLeft = int.MaxValue;
            var error = await Assert.ThrowsAsync<StaleVaultException>(() => Refresh(b));

            Assert.Contains("generation 1", error.Message);
            Assert.Contains("generation 2", error.Message);
            Assert.Equal(grantsBefore, Server.OAuth.RefreshGrants);
            Assert.False(Chain.Revoked);
        }

        [Fact]
        public async Task AFailedVaultWriteKeepsTheTokenInMemoryReportsItAndSavesAtTheNextRefresh()
        {
            var view = Vault.NewView("a");
            var a = Process("A", view);
            var reported = new List<RefreshTokenNotSavedException>();
            a.SaveFailed += reported.Add;

            view.FailWrites = true;
            var grant = await Refresh(a);

            Assert.NotNull(grant.AccessToken);
            var failure = Assert.Single(reported);
            Assert.Contains("test vault 'a'", failure.Message);
            Assert.Contains("The vault is locked.", failure.Message);
            Assert.True(a.HasUnsavedToken);
            Assert.Equal(Chain.LiveToken, a.Snapshot().RefreshToken.Reveal());
            Assert.NotEqual(Chain.LiveToken, Vault.Stored.RefreshToken.Reveal());

            view.FailWrites = false;
            await Refresh(a);

            Assert.False(a.HasUnsavedToken);
            Assert.Equal(Chain.LiveToken, Vault.Stored.RefreshToken.Reveal());
            Assert.False(Chain.Revoked);
        }

        /// <summary>Process A refreshes but cannot save the rotated token; B is another process sharing the connection.</summary>
        private async Task<(RefreshTokenRotation A, RefreshTokenRotation B)> ATokenOnlyProcessAHas()
        {
            var aView = Vault.NewView("a");
            var a = Process("A", aView);
            var b = Process("B", Vault.NewView("b"));
            aView.FailWrites = true;
            await Refresh(a);
            return (a, b);
        }

        [Fact]
        public async Task WhileAnotherProcessHoldsAnUnsavedTokenTheOldOneIsNotSpent()
        {
            var (a, b) = await ATokenOnlyProcessAHas();
            var grantsBefore = Server.OAuth.RefreshGrants;

            var error = await Assert.ThrowsAsync<StaleVaultException>(() => Refresh(b));

            Assert.Contains("could not save", error.Message);
            Assert.Equal(grantsBefore, Server.OAuth.RefreshGrants);
            Assert.False(Chain.Revoked);
            GC.KeepAlive(a); // process A lives on: a collected A would let go of its holder file as an ended process does
        }

        [Fact]
        public async Task WhenTheProcessWithTheUnsavedTokenHasEndedTheSavedOneIsSpentAndAtlassiansLeewayKeepsTheSignIn()
        {
            Server.OAuth.RefreshReuseLeeway = TimeSpan.FromMinutes(10);
            var (a, b) = await ATokenOnlyProcessAHas();
            a.Dispose(); // what the operating system does for a process that ends or is killed

            var grant = await Refresh(b);

            Assert.NotNull(grant.AccessToken);
            Assert.False(Chain.Revoked);
            Assert.Equal(Chain.LiveToken, Vault.Stored.RefreshToken.Reveal());
            Assert.False(b.HasUnsavedToken);
        }

        [Fact]
        public async Task WhenTheProcessWithTheUnsavedTokenHasEndedAStrictServerEndsTheSignInAndTheErrorSaysSignInAgain()
        {
            var (a, b) = await ATokenOnlyProcessAHas();
            a.Dispose();

            var error = await Assert.ThrowsAsync<OAuthTokenException>(() => Refresh(b));

            Assert.Equal(OAuthErrorReason.ConsentRequired, error.Reason);
            Assert.True(Chain.Revoked); // the token that would have kept it went with process A: nothing a client can do
        }

        [Fact]
        public async Task AVaultThatLosesTheWriteIsCaughtByReadingItBack()
        {
            var view = Vault.NewView("a");
            var a = Process("A", view);
            var reported = new List<RefreshTokenNotSavedException>();
            a.SaveFailed += reported.Add;

            view.DropWrites = true;
            await Refresh(a);

            Assert.Contains("did not keep the write", Assert.Single(reported).Message);
            Assert.True(a.HasUnsavedToken);
        }

        [Fact]
        public async Task WritesOfDifferentProcessesAreKeptApartButAProcessFollowsItselfAtOnce()
        {
            var waits = new List<TimeSpan>();
            var a = Process("A", Vault.NewView("a"), TimeSpan.FromSeconds(6), waits);
            var b = Process("B", Vault.NewView("b"), TimeSpan.FromSeconds(6), waits);

            await Refresh(a);
            await Refresh(a);
            Assert.Empty(waits);

            await Refresh(b);
            var wait = Assert.Single(waits);
            Assert.InRange(wait, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(6));
        }
    }
}
