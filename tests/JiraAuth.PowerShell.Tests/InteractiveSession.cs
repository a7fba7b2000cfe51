using System.Management.Automation.Host;
using JiraAuth.PowerShell.Tests.Support;

namespace JiraAuth.PowerShell.Tests
{
    /// <summary>A session whose host counts as interactive and whose "person" is scripted by the test.</summary>
    public sealed class InteractiveSession : PowerShellSession
    {
        public ScriptedHost Host { get; } = new ScriptedHost();

        protected override PSHost CreateHost() => Host;
    }
}
