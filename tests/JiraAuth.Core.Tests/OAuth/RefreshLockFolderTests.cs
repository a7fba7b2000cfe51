using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Auth;
using JiraAuth.Core.OAuth;
using JiraAuth.Core.Storage;
using Xunit;

namespace JiraAuth.Core.Tests.OAuth
{
    /// <summary>JIRAAUTH_LOCK_DIRECTORY: where refresh locks live, and the error when that folder cannot be written.</summary>
    [Collection(nameof(ProcessEnvironmentCollection))]
    public sealed class RefreshLockFolderTests : IDisposable
    {
        private readonly string _previous = Environment.GetEnvironmentVariable(RefreshLockFolder.EnvironmentVariable);
        private readonly string _root = OAuthTestSettings.NewLockDirectory();

        public void Dispose()
        {
            Environment.SetEnvironmentVariable(RefreshLockFolder.EnvironmentVariable, _previous);
            try { Directory.Delete(_root, true); } catch (IOException) { }
        }

        [Fact]
        public void WithTheVariableSetLocksLiveInThatFolderUnderTheSameKeyedName()
        {
            var shared = Path.Combine(_root, "shared");
            Environment.SetEnvironmentVariable(RefreshLockFolder.EnvironmentVariable, shared);

            var path = CrossProcessLock.PathFor("JiraVault/JiraAuth:prod");
            var rotation = new RefreshTokenRotation(Record(), new InMemoryTokenVault(Record()).NewView("a"), "JiraVault/JiraAuth:prod");

            Assert.Equal(shared, Path.GetDirectoryName(path));
            Assert.Equal(Path.GetFileName(CrossProcessLock.PathFor("JiraVault/JiraAuth:prod", CrossProcessLock.DefaultDirectory)), Path.GetFileName(path));
            Assert.Equal(path, rotation.LockPath);
        }

        [Fact]
        public void WithoutTheVariableLocksStayInTheUserProfile()
        {
            Environment.SetEnvironmentVariable(RefreshLockFolder.EnvironmentVariable, "  ");

            Assert.Null(RefreshLockFolder.Shared);
            Assert.Equal(CrossProcessLock.DefaultDirectory, Path.GetDirectoryName(CrossProcessLock.PathFor("JiraVault/JiraAuth:prod")));
        }

        [Fact]
        public async Task AFolderThatCannotBeWrittenIsAClearErrorNamingTheVariableNotAWaitForTheLock()
        {
            Directory.CreateDirectory(_root);
            var file = Path.Combine(_root, "not-a-folder");
            File.WriteAllText(file, "a file where the folder should be");
            var unusable = Path.Combine(file, "locks");
            Environment.SetEnvironmentVariable(RefreshLockFolder.EnvironmentVariable, unusable);

            var error = await Assert.ThrowsAsync<RefreshLockFolderException>(() =>
                CrossProcessLock.AcquireAsync(CrossProcessLock.PathFor("JiraVault/JiraAuth:prod"), TimeSpan.FromMinutes(2), CancellationToken.None));

            Assert.Equal(unusable, error.Folder);
            Assert.StartsWith($"JIRAAUTH_LOCK_DIRECTORY is set to '{unusable}', but this process cannot create or write files there (", error.Message);
            Assert.Contains("point JIRAAUTH_LOCK_DIRECTORY at a folder every server of the job can write", error.Message);
            Assert.IsAssignableFrom<IOException>(error.InnerException);
        }

        [Fact]
        public async Task ALockHeldTooLongInTheSharedFolderPointsAtEveryServerNotThisUser()
        {
            var shared = Path.Combine(_root, "shared");
            Environment.SetEnvironmentVariable(RefreshLockFolder.EnvironmentVariable, shared);
            var path = CrossProcessLock.PathFor("JiraVault/JiraAuth:farm");

            using (await CrossProcessLock.AcquireAsync(path, TimeSpan.FromSeconds(5), CancellationToken.None))
            {
                var error = await Assert.ThrowsAsync<TimeoutException>(() => CrossProcessLock.AcquireAsync(path, TimeSpan.FromSeconds(1), CancellationToken.None));

                Assert.Contains($"If no JiraAuth job is running on any server that shares {shared} (JIRAAUTH_LOCK_DIRECTORY), delete the file", error.Message);
                Assert.DoesNotContain("of this user", error.Message);
            }
        }

        [Fact]
        public async Task ALockHeldTooLongInAProfileFolderPointsAtThisUsersProcesses()
        {
            Environment.SetEnvironmentVariable(RefreshLockFolder.EnvironmentVariable, null);
            var path = CrossProcessLock.PathFor("JiraVault/JiraAuth:one", Path.Combine(_root, "profile"));

            using (await CrossProcessLock.AcquireAsync(path, TimeSpan.FromSeconds(5), CancellationToken.None))
            {
                var error = await Assert.ThrowsAsync<TimeoutException>(() => CrossProcessLock.AcquireAsync(path, TimeSpan.FromSeconds(1), CancellationToken.None));

                Assert.StartsWith($"Another JiraAuth process held the token lock {path} for more than 1 s", error.Message);
                Assert.EndsWith("If no PowerShell process of this user is running on this machine, delete the file and try again.", error.Message);
            }
        }

        [Fact]
        public async Task AnUnusableProfileFolderNamesTheVariableAsTheWayOut()
        {
            Directory.CreateDirectory(_root);
            var file = Path.Combine(_root, "profile-file");
            File.WriteAllText(file, "x");
            Environment.SetEnvironmentVariable(RefreshLockFolder.EnvironmentVariable, null);

            var error = await Assert.ThrowsAsync<RefreshLockFolderException>(() =>
                CrossProcessLock.AcquireAsync(CrossProcessLock.PathFor("vault/prod", Path.Combine(file, "locks")), TimeSpan.FromMinutes(2),
                    CancellationToken.None));

            Assert.StartsWith($"The refresh-lock folder '{Path.Combine(file, "locks")}' cannot be created or written (", error.Message);
            Assert.EndsWith("or set JIRAAUTH_LOCK_DIRECTORY to a folder it can write.", error.Message);
        }

        private static ConnectionRecord Record() => new ConnectionRecord
        {
            Name = "prod", Site = "https://acme.atlassian.net", AuthMode = AuthMode.OAuth3LO, ClientId = "client",
            Secret = SecretText.FromString("secret"), RefreshToken = SecretText.FromString("refresh"), Generation = 1,
        };
    }
}
