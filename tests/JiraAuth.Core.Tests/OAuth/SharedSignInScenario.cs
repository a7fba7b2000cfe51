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
    /// A fake Jira with one 3LO sign-in whose saved record sits in an in-memory vault, for tests whose rotations stand for
    /// processes or servers sharing it, each with a lock folder below <see cref="Locks"/>.
    /// </summary>
    public abstract class SharedSignInScenario : IAsyncLifetime
    {
        private readonly string _name;

        protected SharedSignInScenario(string connectionName)
        {
            _name = connectionName;
        }

        protected string Locks { get; } = OAuthTestSettings.NewLockDirectory();

        protected FakeJiraServer Server { get; private set; }

        private protected OAuthTokenClient Tokens { get; private set; }

        private protected InMemoryTokenVault Vault { get; private set; }

        protected RefreshChain Chain => Server.OAuth.Chains.Single();

        public async Task InitializeAsync()
        {
            Server = await FakeJiraServer.StartAsync(new FakeJiraOptions());
            Tokens = OAuthTestSettings.CloudTokenClient(Server, OAuthTestSettings.App());
            var grant = await SignIn.AsAdminAsync(Server, Tokens);
            Vault = new InMemoryTokenVault(new ConnectionRecord
            {
                Name = _name, Site = Server.SiteUrl, AuthMode = AuthMode.OAuth3LO, ClientId = FakeAccounts.OAuthClientId,
                Secret = SecretText.FromString(FakeAccounts.OAuthClientSecret), RefreshToken = grant.RefreshToken, Generation = 1,
            });
        }

        public async Task DisposeAsync()
        {
            Tokens.Dispose();
            await Server.DisposeAsync();
            try { Directory.Delete(Locks, true); } catch (IOException) { }
        }

        private protected Task<OAuthGrant> Refresh(RefreshTokenRotation rotation) => rotation.RefreshAsync(Tokens.RefreshAsync, CancellationToken.None);
    }
}
