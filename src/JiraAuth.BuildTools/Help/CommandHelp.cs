using System.Collections.Generic;

namespace JiraAuth.BuildTools.Help
{
    /// <summary>The prose of one cmdlet's help, as written in src/JiraAuth/help/en-US/&lt;Verb-Noun&gt;.md.</summary>
    public sealed class CommandHelp
    {
        public string Name { get; set; }
        public string Synopsis { get; set; } = string.Empty;
        public List<string> Description { get; } = new List<string>();
        public List<HelpExample> Examples { get; } = new List<HelpExample>();
        public Dictionary<string, List<string>> Parameters { get; } = new Dictionary<string, List<string>>(System.StringComparer.OrdinalIgnoreCase);
        public List<HelpTypeEntry> Inputs { get; } = new List<HelpTypeEntry>();
        public List<HelpTypeEntry> Outputs { get; } = new List<HelpTypeEntry>();
        public List<string> Notes { get; } = new List<string>();
        public List<string> RelatedLinks { get; } = new List<string>();
    }
}
