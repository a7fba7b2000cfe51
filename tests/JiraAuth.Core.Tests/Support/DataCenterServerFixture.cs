using System.Threading.Tasks;
using JiraAuth.FakeJira;
using Xunit;

namespace JiraAuth.Core.Tests.Support
{
    /// <summary>One fake Jira Data Center under the /jira context path, shared by a test class.</summary>
    public sealed class DataCenterServerFixture : IAsyncLifetime
    {
        public FakeJiraServer Server { get; private set; }

        public async Task InitializeAsync() =>
            Server = await FakeJiraServer.StartAsync(new FakeJiraOptions { Deployment = FakeDeployment.DataCenter, ContextPath = "/jira" });

        public async Task DisposeAsync() => await Server.DisposeAsync();
    }
}
