using JiraAuth.Connecting;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Storage;
using Xunit;

namespace JiraAuth.Module.Tests.Units
{
    /// <summary>When Connect-JiraCloud warns that a saved 3LO sign-in is shared by servers without a shared lock folder.</summary>
    public class SharedSignInWarningTests
    {
        private static ConnectionRecord Record(AuthMode mode, string rotatedOn) => new ConnectionRecord { AuthMode = mode, RotatedOn = rotatedOn };

        [Fact]
        public void A3LORecordRotatedOnAnotherMachineWithoutASharedLockFolderIsWarnedAbout()
        {
            var warning = SharedSignInWarning.For("me", Record(AuthMode.OAuth3LO, "SRV-A"), "SRV-B", sharedLockFolder: null);

            Assert.StartsWith("The saved 3LO connection 'me' was last refreshed on SRV-A, not on this machine (SRV-B).", warning);
            Assert.Contains("set JIRAAUTH_LOCK_DIRECTORY on every server", warning);
        }

        [Fact]
        public void NothingToWarnAboutOnTheSameMachineWithASharedFolderWithoutAMachineOrForOtherModes()
        {
            Assert.Null(SharedSignInWarning.For("me", Record(AuthMode.OAuth3LO, "srv-a"), "SRV-A", sharedLockFolder: null));
            Assert.Null(SharedSignInWarning.For("me", Record(AuthMode.OAuth3LO, "SRV-A"), "SRV-B", sharedLockFolder: "/mnt/jiraauth-locks"));
            Assert.Null(SharedSignInWarning.For("me", Record(AuthMode.OAuth3LO, null), "SRV-B", sharedLockFolder: null));
            Assert.Null(SharedSignInWarning.For("me", Record(AuthMode.OAuthClientCredentials, "SRV-A"), "SRV-B", sharedLockFolder: null));
        }
    }
}
