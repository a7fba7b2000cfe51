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
    public sealed class TwoServerRotationTests : IAsyncLifetime
    {
        private readonly string _locks = OAuthTestSettings.NewLockDirectory();
        private FakeJiraServer _server;
        private OAuthTokenClient _tokens;
        private InMemoryTokenVault _vault;

        public async Task InitializeAsync()
        {
            _server = await FakeJiraServer.StartAsync(new FakeJiraOptions());
            _tokens = OAuthTestSettings.CloudTokenClient(_server, OAuthTestSettings.App());
            var grant = await SignIn.AsAdminAsync(_server, _tokens);
            _vault = new InMemoryTokenVault(new ConnectionRecord
            {
                Name = "farm", Site = _server.SiteUrl, AuthMode = AuthMode.OAuth3LO, ClientId = FakeAccounts.OAuthClientId,
                Secret = SecretText.FromString(FakeAccounts.OAuthClientSecret), RefreshToken = grant.RefreshToken, Generation = 1,
            });
        }

        public async Task DisposeAsync()
        {
            _tokens.Dispose();
            await _server.DisposeAsync();
            try { Directory.Delete(_locks, true); } catch (IOException) { }
        }

        private RefreshChain Chain => _server.OAuth.Chains.Single();

        private RefreshTokenRotation Server(string name, bool sharedLocks) =>
            new RefreshTokenRotation(_vault.Stored, _vault.NewView(name), "FarmVault/JiraAuth:farm", new RotationOptions
            {
                WriterId = name + "/1",
                MachineName = name,
                LockDirectory = sharedLocks ? Path.Combine(_locks, "shared") : Path.Combine(_locks, name, "profile"),
                WriteSpacing = TimeSpan.FromMilliseconds(20),
                StaleReadTimeout = TimeSpan.FromMilliseconds(500),
                PollInterval = TimeSpan.FromMilliseconds(20),
            });

        private Task<OAuthGrant> Refresh(RefreshTokenRotation rotation) => rotation.RefreshAsync(_tokens.RefreshAsync, CancellationToken.None);

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public async Task WithASharedLockFolderTwoServersNeverReuseATokenAndTheVaultEndsWithTheLiveOne(bool leeway)
        {
            if (leeway) _server.OAuth.RefreshReuseLeeway = TimeSpan.FromMinutes(10);
            var a = Server("SRV-A", sharedLocks: true);
            var b = Server("SRV-B", sharedLocks: true);

            for (var i = 0; i < 3; i++)
            {
                await Refresh(a);
                await Refresh(b);
            }
            await Task.WhenAll(Task.Run(() => Refresh(a)), Task.Run(() => Refresh(b)));

            Assert.False(Chain.Revoked);
            Assert.Equal(0, Chain.Reuses);
            Assert.Equal(8, Chain.Refreshes);
            Assert.Equal(Chain.LiveToken, _vault.Stored.RefreshToken.Reveal());
            Assert.Contains(_vault.Stored.RotatedOn, new[] { "SRV-A", "SRV-B" });
        }

        [Fact]
        public async Task WithALockFolderEachTheSecondServerReusesTheTokenAndTheStrictServerEndsTheSignIn()
        {
            var a = Server("SRV-A", sharedLocks: false);
            var b = Server("SRV-B", sharedLocks: false);

            await Refresh(a);
            var error = await Assert.ThrowsAsync<OAuthTokenException>(() => Refresh(b));
            var afterwards = await Assert.ThrowsAsync<OAuthTokenException>(() => Refresh(a));

            Assert.Equal(OAuthErrorReason.ConsentRequired, error.Reason);
            Assert.Equal(OAuthErrorReason.ConsentRequired, afterwards.Reason);
            Assert.True(Chain.Revoked);
            Assert.Equal(1, Chain.Reuses);
            Assert.Equal("SRV-A", _vault.Stored.RotatedOn);
        }

        [Fact]
        public async Task WithALockFolderEachAReuseLeewayHidesTheReuseWhileItLasts()
        {
            _server.OAuth.RefreshReuseLeeway = TimeSpan.FromMinutes(10);
            var a = Server("SRV-A", sharedLocks: false);
            var b = Server("SRV-B", sharedLocks: false);

            await Refresh(a);
            await Refresh(b); // spends the token A rotated: a reuse the leeway forgives, and the chain forks
            await Refresh(a);
            await Refresh(b);

            Assert.False(Chain.Revoked);
            Assert.Equal(1, Chain.Reuses);
            Assert.Equal("SRV-B", _vault.Stored.RotatedOn);
        }

        [Fact]
        public async Task OutsideTheLeewayAReuseStillEndsTheSignIn()
        {
            _server.OAuth.RefreshReuseLeeway = TimeSpan.FromMilliseconds(200);
            var first = await SignIn.AsAdminAsync(_server, _tokens);
            var chain = _server.OAuth.Chains.Last();
            await _tokens.RefreshAsync(first.RefreshToken, CancellationToken.None);
            await _tokens.RefreshAsync(first.RefreshToken, CancellationToken.None);
            await Task.Delay(400);

            var error = await Assert.ThrowsAsync<OAuthTokenException>(() => _tokens.RefreshAsync(first.RefreshToken, CancellationToken.None));

            Assert.Equal("invalid_grant", error.Error);
            Assert.True(chain.Revoked);
            Assert.Equal(2, chain.Reuses);
        }
    }
}
