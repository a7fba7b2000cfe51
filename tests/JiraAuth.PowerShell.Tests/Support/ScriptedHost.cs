using System;
using System.Globalization;
using System.Management.Automation.Host;

namespace JiraAuth.PowerShell.Tests.Support
{
    /// <summary>An interactive host for tests: a "person" who reads what JiraAuth shows and answers through callbacks.</summary>
    public sealed class ScriptedHost : PSHost
    {
        private readonly Guid _id = Guid.NewGuid();

        public ScriptedHostUI Person { get; } = new ScriptedHostUI();

        public override string Name => "JiraAuthTestHost";
        public override Version Version => new Version(1, 0);
        public override Guid InstanceId => _id;
        public override PSHostUserInterface UI => Person;
        public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;
        public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;
        public override void EnterNestedPrompt() => throw new NotSupportedException();
        public override void ExitNestedPrompt() => throw new NotSupportedException();
        public override void NotifyBeginApplication() { }
        public override void NotifyEndApplication() { }
        public override void SetShouldExit(int exitCode) { }
    }
}
