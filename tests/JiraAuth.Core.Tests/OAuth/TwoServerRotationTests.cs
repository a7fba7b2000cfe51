using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Auth;
using JiraAuth.Core.OAuth;
using JiraAuth.Core.Storage;
using JiraAuth.FakeJira;
using JiraAuth.FakeJira.OAuth;
using Xunit;

namespace JiraAuth.Core.Tests.OAuth
{
    /// <summary>
    /// Two rotations with their own writer id and machine name stand for two servers sharing one saved sign-in in one
    /// vault. Their refresh locks live in one shared folder (JIRAAUTH_LOCK_DIRECTORY) or each in its own profile; the fake
    /// authorization server is strict or has Atlassian's reuse leeway.
    /// </summary>
    public sealed class TwoServerRotationTests : SharedSignInScenario
    {
        public TwoServerRotationTests() : base("farm")
        {
        }

        private RefreshTokenRotation OnServer(string name, bool sharedLocks) =>
            new RefreshTokenRotation(Vault.Stored, Vault.NewView(name), "FarmVault/JiraAuth:farm", new RotationOptions
            {
                WriterId = name + "/1",
                MachineName = name,
                LockDirectory = sharedLocks ? Path.Combine(Locks, "shared") : Path.Combine(Locks, name, "profile"),
                WriteSpacing = TimeSpan.FromMilliseconds(20),
                StaleReadTimeout = TimeSpan.FromMilliseconds(500),
                PollInterval = TimeSpan.FromMilliseconds(20),
            });

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public async Task WithASharedLockFolderTwoServersNeverReuseATokenAndTheVaultEndsWithTheLiveOne(bool leeway)
        {
            if (leeway) Server.OAuth.RefreshReuseLeeway = TimeSpan.FromMinutes(10);
            var a = OnServer("SRV-A", sharedLocks: true);
            var b = OnServer("SRV-B", sharedLocks: true);

            for (var i = 0; i < 3; i++)
            {
                await Refresh(a);
                await Refresh(b);
            }
            await Task.WhenAll(Task.Run(() => Refresh(a)), Task.Run(() => Refresh(b)));

            Assert.False(Chain.Revoked);
            Assert.Equal(0, Chain.Reuses);
            Assert.Equal(8, Chain.Refreshes);
            Assert.Equal(Chain.LiveToken, Vault.Stored.RefreshToken.Reveal());
            Assert.Contains(Vault.Stored.RotatedOn, new[] { "SRV-A", "SRV-B" });
        }

        [Fact]
        public async Task WithALockFolderEachTheSecondServerReusesTheTokenAndTheStrictServerEndsTheSignIn()
        {
            var a = OnServer("SRV-A", sharedLocks: false);
            var b = OnServer("SRV-B", sharedLocks: false);

            await Refresh(a);
            var error = await Assert.ThrowsAsync<OAuthTokenException>(() => Refresh(b));
            var afterwards = await Assert.ThrowsAsync<OAuthTokenException>(() => Refresh(a));

            Assert.Equal(OAuthErrorReason.ConsentRequired, error.Reason);
            Assert.Equal(OAuthErrorReason.ConsentRequired, afterwards.Reason);
            Assert.True(Chain.Revoked);
            Assert.Equal(1, Chain.Reuses);
            Assert.Equal("SRV-A", Vault.Stored.RotatedOn);
        }

        [Fact]
        public async Task WithALockFolderEachAReuseLeewayHidesTheReuseWhileItLasts()
        {
            Server.OAuth.RefreshReuseLeeway = TimeSpan.FromMinutes(10);
            var a = OnServer("SRV-A", sharedLocks: false);
            var b = OnServer("SRV-B", sharedLocks: false);

            await Refresh(a);
            await Refresh(b); // spends the token A rotated: a reuse the leeway forgives, and the chain forks
            await Refresh(a);
            await Refresh(b);

            Assert.False(Chain.Revoked);
            Assert.Equal(1, Chain.Reuses);
            Assert.Equal("SRV-B", Vault.Stored.RotatedOn);
        }

        [Fact]
        public async Task OutsideTheLeewayAReuseStillEndsTheSignIn()
        {
            Server.OAuth.RefreshReuseLeeway = TimeSpan.FromMilliseconds(200);
            var first = await SignIn.AsAdminAsync(Server, Tokens);
            var chain = Server.OAuth.Chains.Last();
            await Tokens.RefreshAsync(first.RefreshToken, CancellationToken.None);
            await Tokens.RefreshAsync(first.RefreshToken, CancellationToken.None);
            await Task.Delay(400);

            var error = await Assert.ThrowsAsync<OAuthTokenException>(() => Tokens.RefreshAsync(first.RefreshToken, CancellationToken.None));

            Assert.Equal("invalid_grant", error.Error);
            Assert.True(chain.Revoked);
            Assert.Equal(2, chain.Reuses);
        }
    }
}
