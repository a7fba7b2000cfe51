using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.OAuth;
using Xunit;

namespace JiraAuth.Core.Tests.OAuth
{
    public class CrossProcessLockTests
    {
        private readonly string _directory = OAuthTestSettings.NewLockDirectory();

        [Fact]
        public async Task AFileHeldByAnotherOpenerBlocksUntilReleased()
        {
            var path = CrossProcessLock.PathFor("vault/prod", _directory);
            Directory.CreateDirectory(_directory);
            // A second open file description stands in for another process: flock and share modes are per open.
            using (var other = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
            {
                var error = await Assert.ThrowsAsync<TimeoutException>(() =>
                    CrossProcessLock.AcquireAsync(path, TimeSpan.FromMilliseconds(300), CancellationToken.None));
                Assert.Contains(path, error.Message);
            }
            using (var held = await CrossProcessLock.AcquireAsync(path, TimeSpan.FromSeconds(5), CancellationToken.None))
            {
                Assert.Equal(0, held.ReadState().Generation);
            }
        }

        [Fact]
        public async Task TheStateSurvivesReleaseAndThreadsOfOneProcessQueue()
        {
            var path = CrossProcessLock.PathFor("vault/prod", _directory);
            var first = await CrossProcessLock.AcquireAsync(path, TimeSpan.FromSeconds(5), CancellationToken.None);
            first.WriteState(new RotationLockState(7, "me", DateTimeOffset.UtcNow, unsaved: false));
            var second = CrossProcessLock.AcquireAsync(path, TimeSpan.FromSeconds(5), CancellationToken.None);
            await Task.Delay(100);
            Assert.False(second.IsCompleted);

            first.Dispose();
            using (var held = await second)
            {
                var state = held.ReadState();
                Assert.Equal(7, state.Generation);
                Assert.Equal("me", state.Writer);
            }
        }

        [Fact]
        public void KeysMapToOneFileRegardlessOfCase() =>
            Assert.Equal(CrossProcessLock.PathFor("Vault/Prod", _directory), CrossProcessLock.PathFor("vault/prod", _directory));
    }
}
