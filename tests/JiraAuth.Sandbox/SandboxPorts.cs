namespace JiraAuth.Sandbox
{
    /// <summary>The fake Jira's ports, remembered in the sandbox HOME between sessions (0: none yet).</summary>
    public sealed class SandboxPorts
    {
        public int Site { get; set; }
        public int Gateway { get; set; }
        public int DataCenter { get; set; }
    }
}
