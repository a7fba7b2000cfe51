using System;
using System.Collections.Generic;

namespace JiraAuth.Core.Sites
{
    /// <summary>
    /// Finds the Data Center context path in a pasted URL path.
    /// Rule: the context path is every segment before the first well-known Jira page or API segment
    /// (browse, secure, rest, projects, issues, plugins, servicedesk, any *.jsp or *.jspa page, or the pair jira/software);
    /// when no such segment appears, the whole path is the context path. So https://h/jira/browse/ABC-1 gives /jira,
    /// https://h/browse/ABC-1 gives no context path, and https://h/jira/jira/software/projects/ABC gives /jira.
    /// Empty segments (trailing or doubled slashes) are dropped.
    /// </summary>
    internal static class ContextPath
    {
        private static readonly HashSet<string> PageOrApiSegments = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "browse", "secure", "rest", "projects", "issues", "plugins", "servicedesk",
        };

        /// <param name="absolutePath">An escaped path as System.Uri gives it, e.g. "/jira/browse/ABC-1".</param>
        /// <returns>"" or "/segment[/segment…]" with no trailing slash.</returns>
        public static string Extract(string absolutePath)
        {
            var segments = absolutePath.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            var kept = new List<string>();
            for (var i = 0; i < segments.Length; i++)
            {
                if (StartsJiraTail(segments, i)) break;
                kept.Add(segments[i]);
            }
            return kept.Count == 0 ? string.Empty : "/" + string.Join("/", kept);
        }

        private static bool StartsJiraTail(string[] segments, int index)
        {
            var segment = segments[index];
            if (PageOrApiSegments.Contains(segment)) return true;
            if (segment.EndsWith(".jsp", StringComparison.OrdinalIgnoreCase) || segment.EndsWith(".jspa", StringComparison.OrdinalIgnoreCase)) return true;
            return string.Equals(segment, "jira", StringComparison.OrdinalIgnoreCase)
                && index + 1 < segments.Length
                && string.Equals(segments[index + 1], "software", StringComparison.OrdinalIgnoreCase);
        }
    }
}
