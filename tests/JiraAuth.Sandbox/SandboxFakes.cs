using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using JiraAuth.FakeJira;

namespace JiraAuth.Sandbox
{
    /// <summary>
    /// The fake Jira Cloud (site and gateway) and Data Center (/jira), in this process, so they stop with it. Their ports
    /// are kept in the sandbox HOME and reused next time: a connection saved in one sandbox session points at a site
    /// that is there again in the next.
    /// </summary>
    public sealed class SandboxFakes : IAsyncDisposable
    {
        private SandboxFakes(FakeJiraServer cloud, FakeJiraServer dataCenter, string warning)
        {
            Cloud = cloud;
            DataCenter = dataCenter;
            Warning = warning;
        }

        public FakeJiraServer Cloud { get; }
        public FakeJiraServer DataCenter { get; }

        /// <summary>Set when the remembered ports were taken and new ones were chosen.</summary>
        public string Warning { get; }

        public static async Task<SandboxFakes> StartAsync(string home)
        {
            string portsFile = Path.Combine(home, "jiraauth-sandbox-ports.json");
            SandboxPorts remembered = Read(portsFile);
            string warning = null;

            FakeJiraServer cloud = await StartAsync(new FakeJiraOptions { SitePort = remembered.Site, GatewayPort = remembered.Gateway },
                new FakeJiraOptions(), w => warning = w).ConfigureAwait(false);
            FakeJiraServer dataCenter = await StartAsync(
                new FakeJiraOptions { Deployment = FakeDeployment.DataCenter, ContextPath = "/jira", SitePort = remembered.DataCenter },
                new FakeJiraOptions { Deployment = FakeDeployment.DataCenter, ContextPath = "/jira" }, w => warning = w).ConfigureAwait(false);

            var now = new SandboxPorts { Site = cloud.SiteUri.Port, Gateway = cloud.GatewayUri.Port, DataCenter = dataCenter.SiteUri.Port };
            File.WriteAllText(portsFile, JsonSerializer.Serialize(now));
            return new SandboxFakes(cloud, dataCenter, warning);
        }

        private static async Task<FakeJiraServer> StartAsync(FakeJiraOptions remembered, FakeJiraOptions anyPort, Action<string> warn)
        {
            if (remembered.SitePort == 0) return await FakeJiraServer.StartAsync(anyPort).ConfigureAwait(false);
            try
            {
                return await FakeJiraServer.StartAsync(remembered).ConfigureAwait(false);
            }
            catch (IOException)
            {
                warn("The fake Jira's ports from the last session are taken, so it runs on new ones: connections saved before point at the old address.");
                return await FakeJiraServer.StartAsync(anyPort).ConfigureAwait(false);
            }
        }

        private static SandboxPorts Read(string portsFile)
        {
            try
            {
                return File.Exists(portsFile) ? JsonSerializer.Deserialize<SandboxPorts>(File.ReadAllText(portsFile)) ?? new SandboxPorts()
                    : new SandboxPorts();
            }
            catch (JsonException)
            {
                return new SandboxPorts();
            }
        }

        public async ValueTask DisposeAsync()
        {
            await Cloud.DisposeAsync().ConfigureAwait(false);
            await DataCenter.DisposeAsync().ConfigureAwait(false);
        }
    }
}
