using System.Collections.Generic;

namespace JiraAuth.BuildTools.Help
{
    /// <summary>An INPUTS or OUTPUTS entry: a type name and what it means.</summary>
    public sealed class HelpTypeEntry
    {
        public string TypeName { get; set; }
        public List<string> Description { get; } = new List<string>();
    }
}
