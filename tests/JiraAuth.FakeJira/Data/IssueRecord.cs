using System;
using System.Collections.Generic;

namespace JiraAuth.FakeJira.Data
{
    /// <summary>Mutable because tests create and edit issues; guarded by the store's lock.</summary>
    internal sealed class IssueRecord
    {
        public string Id { get; init; }
        public string Key { get; init; }
        public string ProjectKey { get; init; }
        public string IssueTypeName { get; set; }
        public string Summary { get; set; }
        public string Description { get; set; }

        /// <summary>When set, the description Jira sends instead of <see cref="Description"/>: wiki markup (v2) or ADF (v3).</summary>
        public FormattedText FormattedDescription { get; set; }
        public string StatusName { get; set; }
        public DirectoryUser Assignee { get; set; }
        public DirectoryUser Reporter { get; set; }
        public List<string> Labels { get; set; } = new List<string>();
        public DateTimeOffset Created { get; init; }
        public DateTimeOffset Updated { get; set; }

        /// <summary>A story-points style decimal.</summary>
        public decimal StoryPoints { get; set; }

        /// <summary>Larger than Int64 on purpose, to catch clients that parse numbers as long.</summary>
        public string BigNumber { get; set; }
    }
}
