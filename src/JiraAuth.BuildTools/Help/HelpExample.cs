using System.Collections.Generic;

namespace JiraAuth.BuildTools.Help
{
    public sealed class HelpExample
    {
        public string Title { get; set; }
        public string Code { get; set; } = string.Empty;
        public List<string> Remarks { get; } = new List<string>();
    }
}
