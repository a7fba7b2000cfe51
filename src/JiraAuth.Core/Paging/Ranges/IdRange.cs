using System.Globalization;
using System.Text;

namespace JiraAuth.Core.Paging.Ranges
{
    /// <summary>
    /// A half-open slice [Lower, Upper) of issue ids. The first range has no lower bound and the last no upper bound, so the
    /// ranges of a plan cover every id there is: an issue belongs to exactly one range, whatever happens to it during the export.
    /// </summary>
    internal sealed class IdRange
    {
        public IdRange(long? lower, long? upper)
        {
            Lower = lower;
            Upper = upper;
        }

        /// <summary>Inclusive; null means no lower bound.</summary>
        public long? Lower { get; }

        /// <summary>Exclusive; null means no upper bound (issues created during the export land here).</summary>
        public long? Upper { get; }

        /// <summary>
        /// <c>(restriction) AND id &gt;= a AND id &lt; b ORDER BY id ASC|DESC</c>: the caller's query, unchanged inside parentheses.
        /// JQL's id field takes these comparisons: https://support.atlassian.com/jira-software-cloud/docs/jql-fields/#Issue-key
        /// </summary>
        public string Jql(string restriction, bool descending)
        {
            var jql = new StringBuilder("(").Append(restriction).Append(')');
            if (Lower.HasValue) jql.Append(" AND id >= ").Append(Lower.Value.ToString(CultureInfo.InvariantCulture));
            if (Upper.HasValue) jql.Append(" AND id < ").Append(Upper.Value.ToString(CultureInfo.InvariantCulture));
            return jql.Append(descending ? " ORDER BY id DESC" : " ORDER BY id ASC").ToString();
        }

        public override string ToString() =>
            "[" + (Lower?.ToString(CultureInfo.InvariantCulture) ?? "…") + ", " + (Upper?.ToString(CultureInfo.InvariantCulture) ?? "…") + ")";
    }
}
