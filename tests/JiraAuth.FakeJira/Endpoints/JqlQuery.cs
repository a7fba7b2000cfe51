using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using JiraAuth.FakeJira.Data;

namespace JiraAuth.FakeJira.Endpoints
{
    /// <summary>
    /// Just enough JQL to make paging tests meaningful: `key = X` narrows to one issue, `project = K` narrows to a
    /// project (unknown projects give an empty result), `id &gt;= N`, `id &lt; N` (and &gt;, &lt;=, =) narrow by id,
    /// anything else bounded returns every issue; always in ascending id order, descending for `ORDER BY id DESC`.
    /// </summary>
    internal sealed class JqlQuery
    {
        private static readonly Regex KeyClause = new Regex(@"\b(?:key|issuekey)\s*=\s*""?([A-Za-z0-9]+-\d+)""?",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        private static readonly Regex ProjectClause = new Regex(@"\bproject\s*=\s*""?([A-Za-z0-9_]+)""?",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private static readonly Regex IdTerm = new Regex(@"\bid\s*(>=|<=|>|<|=)\s*(\d+)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        private static readonly Regex OrderByIdDescending = new Regex(@"\border\s+by\s+id\s+desc\s*$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private readonly string jql;

        public JqlQuery(string jql)
        {
            this.jql = (jql ?? "").Trim();
        }

        /// <summary>The enhanced search refuses queries without a restriction, e.g. "" or "order by key".</summary>
        public bool IsUnbounded => jql.Length == 0 || jql.StartsWith("order by", StringComparison.OrdinalIgnoreCase);

        public bool IsDescending => OrderByIdDescending.IsMatch(jql);

        /// <summary>The matches in the query's order.</summary>
        public IReadOnlyList<IssueRecord> Apply(IEnumerable<IssueRecord> issues)
        {
            IEnumerable<IssueRecord> result = issues.OrderBy(i => long.Parse(i.Id, System.Globalization.CultureInfo.InvariantCulture));
            if (IsDescending)
            {
                result = result.Reverse();
            }
            foreach (Match term in IdTerm.Matches(jql))
            {
                long bound = long.Parse(term.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
                Func<long, bool> keep = term.Groups[1].Value switch
                {
                    ">=" => id => id >= bound,
                    "<=" => id => id <= bound,
                    ">" => id => id > bound,
                    "<" => id => id < bound,
                    _ => id => id == bound,
                };
                result = result.Where(i => keep(long.Parse(i.Id, System.Globalization.CultureInfo.InvariantCulture)));
            }
            Match key = KeyClause.Match(jql);
            if (key.Success)
            {
                result = result.Where(i => i.Key.Equals(key.Groups[1].Value, StringComparison.OrdinalIgnoreCase));
            }
            Match project = ProjectClause.Match(jql);
            if (project.Success)
            {
                result = result.Where(i => i.ProjectKey.Equals(project.Groups[1].Value, StringComparison.OrdinalIgnoreCase));
            }
            return result.ToList();
        }
    }
}
