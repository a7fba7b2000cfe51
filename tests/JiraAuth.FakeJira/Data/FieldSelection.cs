using System;
using System.Collections.Generic;
using System.Linq;

namespace JiraAuth.FakeJira.Data
{
    /// <summary>Jira's "fields" parameter: a comma list with *all, *navigable, and "-field" exclusions.</summary>
    internal sealed class FieldSelection
    {
        private readonly HashSet<string> included = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> excluded = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private bool everything;

        public static FieldSelection Parse(IEnumerable<string> parts, string defaultValue)
        {
            var selection = new FieldSelection();
            List<string> tokens = (parts ?? Enumerable.Empty<string>())
                .SelectMany(p => (p ?? "").Split(','))
                .Select(p => p.Trim())
                .Where(p => p.Length > 0)
                .ToList();
            if (tokens.Count == 0)
            {
                tokens = defaultValue.Split(',').ToList();
            }
            foreach (string token in tokens)
            {
                if (token == "*all" || token == "*navigable") { selection.everything = true; }
                else if (token.StartsWith('-')) { selection.excluded.Add(token.Substring(1)); }
                else { selection.included.Add(token); }
            }
            return selection;
        }

        public bool Includes(string field) => !excluded.Contains(field) && (everything || included.Contains(field));

        /// <summary>True when only id (and maybe key) was asked for, so Jira leaves out the fields object entirely.</summary>
        public bool IsIdOnly => !everything && included.All(f => f.Equals("id", StringComparison.OrdinalIgnoreCase));

        public bool WantsKeyOnly => !everything
            && included.All(f => f.Equals("id", StringComparison.OrdinalIgnoreCase) || f.Equals("key", StringComparison.OrdinalIgnoreCase));
    }
}
