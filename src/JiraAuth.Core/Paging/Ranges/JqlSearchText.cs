using System;
using System.Collections.Generic;

namespace JiraAuth.Core.Paging.Ranges
{
    /// <summary>
    /// A JQL query split into its restriction and its ORDER BY clause, read conservatively: quoted strings ('…' and "…",
    /// with backslash escapes) and parentheses are respected, so <c>summary ~ "order by"</c> is a restriction, not an order.
    /// Whatever it is unsure of (an unclosed quote or parenthesis, two ORDER BY clauses, an order it cannot read) is
    /// reported as <see cref="IdOrder.Other"/> with the reason, and the search is then left whole.
    /// JQL grammar: https://support.atlassian.com/jira-software-cloud/docs/jql-keywords/#Order-by
    /// </summary>
    internal sealed class JqlSearchText
    {
        private JqlSearchText(string restriction, IdOrder order, string orderText, string problem)
        {
            Restriction = restriction;
            Order = order;
            OrderText = orderText;
            Problem = problem;
        }

        /// <summary>The query without its ORDER BY clause, trimmed.</summary>
        public string Restriction { get; }

        public IdOrder Order { get; }

        /// <summary>The ORDER BY clause as written (for messages); null when there is none.</summary>
        public string OrderText { get; }

        /// <summary>Why the query cannot be split, in words for -Verbose; null when it can.</summary>
        public string Problem { get; }

        public static JqlSearchText Read(string jql)
        {
            var text = jql ?? string.Empty;
            var orderAt = new List<int>();
            var depth = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '"' || c == '\'')
                {
                    var end = ClosingQuote(text, i);
                    if (end < 0) return Unreadable(text, "it has a quoted string that is not closed");
                    i = end;
                }
                else if (c == '(') depth++;
                else if (c == ')' && --depth < 0) return Unreadable(text, "its parentheses do not match");
                else if (depth == 0 && IsOrderByAt(text, i)) orderAt.Add(i);
            }
            if (depth != 0) return Unreadable(text, "its parentheses do not match");
            if (orderAt.Count > 1) return Unreadable(text, "it has more than one ORDER BY");

            if (orderAt.Count == 0) return new JqlSearchText(text.Trim(), IdOrder.None, null, CheckRestriction(text.Trim()));
            var restriction = text.Substring(0, orderAt[0]).Trim();
            var clause = text.Substring(orderAt[0]).Trim();
            var order = ReadOrder(text.Substring(orderAt[0] + "order".Length).TrimStart().Substring(2), out var orderProblem);
            var problem = orderProblem != null ? "it orders by " + orderProblem : CheckRestriction(restriction);
            return new JqlSearchText(restriction, orderProblem != null ? IdOrder.Other : order, clause, problem);
        }

        private static JqlSearchText Unreadable(string text, string problem) => new JqlSearchText(text.Trim(), IdOrder.Other, null, problem);

        private static string CheckRestriction(string restriction) =>
            restriction.Length == 0 ? "it has no restriction (Jira refuses an unbounded search)" : null;

        private static int ClosingQuote(string text, int open)
        {
            var quote = text[open];
            for (var i = open + 1; i < text.Length; i++)
            {
                if (text[i] == '\\') i++;
                else if (text[i] == quote) return i;
            }
            return -1;
        }

        // "order" and "by" as whole words, any case, any whitespace between them.
        private static bool IsOrderByAt(string text, int i)
        {
            if (!WordAt(text, i, "order")) return false;
            var j = i + "order".Length;
            var gap = j;
            while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
            return j > gap && WordAt(text, j, "by");
        }

        private static bool WordAt(string text, int i, string word)
        {
            if (i + word.Length > text.Length) return false;
            if (string.Compare(text, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0) return false;
            var before = i == 0 || !IsWordChar(text[i - 1]);
            var after = i + word.Length == text.Length || !IsWordChar(text[i + word.Length]);
            return before && after;
        }

        private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '.' || c == '[' || c == ']';

        /// <summary>Reads "id", "id asc" or "id desc"; anything else is described in <paramref name="problem"/>.</summary>
        private static IdOrder ReadOrder(string fields, out string problem)
        {
            problem = null;
            var words = fields.Split(new[] { ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries);
            if (fields.IndexOf(',') >= 0) problem = "more than one field (" + fields.Trim() + ")";
            else if (words.Length == 0) problem = "nothing (an empty ORDER BY)";
            else if (!string.Equals(words[0], "id", StringComparison.OrdinalIgnoreCase)) problem = words[0] + ", not id";
            else if (words.Length == 1) return IdOrder.Ascending;
            else if (words.Length == 2 && string.Equals(words[1], "asc", StringComparison.OrdinalIgnoreCase)) return IdOrder.Ascending;
            else if (words.Length == 2 && string.Equals(words[1], "desc", StringComparison.OrdinalIgnoreCase)) return IdOrder.Descending;
            else problem = "something this reader cannot read safely (" + fields.Trim() + ")";
            return IdOrder.Other;
        }
    }
}
