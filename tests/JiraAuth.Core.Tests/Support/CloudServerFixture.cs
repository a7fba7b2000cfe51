using System.Threading.Tasks;
using JiraAuth.FakeJira;
using Xunit;

namespace JiraAuth.Core.Tests.Support
{
    /// <summary>One fake Jira Cloud (site + gateway) shared by a test class.</summary>
    public sealed class CloudServerFixture : IAsyncLifetime
    {
        public FakeJiraServer Server { get; private set; }

        public async Task InitializeAsync() => Server = await FakeJiraServer.StartAsync(new FakeJiraOptions());

        public async Task DisposeAsync() => await Server.DisposeAsync();
    }
}
