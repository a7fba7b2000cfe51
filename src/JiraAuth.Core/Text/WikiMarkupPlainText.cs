using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace JiraAuth.Core.Text
{
    /// <summary>
    /// Reads Jira wiki markup (what Data Center and the v2 API return for descriptions and comments) as plain text for the
    /// console: headings and quotes without their "h1. "/"bq. ", *bold* and the other effects without their marks, links as
    /// their text, tables as "a | b" rows, lists as "- ", macros ({code}, {noformat}, {quote}, {panel}, {color}) without their tags.
    /// The notation is https://jira.atlassian.com/secure/WikiRendererHelpAction.jspa?section=all.
    /// </summary>
    internal static class WikiMarkupPlainText
    {
        private const RegexOptions Options = RegexOptions.CultureInvariant;

        private static readonly Regex Heading = new Regex(@"^\s*(?:h[1-6]|bq)\.\s", Options);
        private static readonly Regex ListMarker = new Regex(@"^\s*([*#-]+)\s+", Options);
        private static readonly Regex Macro = new Regex(@"\{(code|noformat|quote|panel|color|anchor)(?::[^}]*)?\}", Options | RegexOptions.IgnoreCase);
        private static readonly Regex PreformattedTag = new Regex(@"\{(code|noformat)(?::[^}]*)?\}", Options | RegexOptions.IgnoreCase);
        private static readonly Regex TableRow = new Regex(@"^\s*\|", Options);
        private static readonly Regex Monospace = new Regex(@"\{\{(.+?)\}\}", Options);
        private static readonly Regex UserLink = new Regex(@"\[~(?:accountid:)?([^\]]+)\]", Options);
        private static readonly Regex TitledLink = new Regex(@"\[([^|\]\[]+)\|[^\]]+\]", Options);
        private static readonly Regex BareLink = new Regex(@"\[([^|\]\[\s]+)\]", Options);
        private static readonly Regex Image = new Regex(@"!([^!\s|][^!|]*?)(?:\|[^!]*)?!", Options);
        private static readonly Regex Citation = new Regex(@"\?\?(\S(?:.*?\S)?)\?\?", Options);
        private static readonly Regex Escaped = new Regex(@"\\([*_\-+^~?{}\[\]|!#])", Options);

        // An effect opens after a line start, a space or punctuation and before a non-space, and closes the mirror way, so
        // snake_case_names, hyphen-words and "a * b" stay as they are.
        private static readonly Regex[] Effects = "*_-+^~".Select(Effect).ToArray();

        public static string Convert(string markup)
        {
            if (markup == null) return null;
            var lines = new List<string>();
            var preformatted = false;
            foreach (var raw in markup.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
            {
                var tags = PreformattedTag.Matches(raw).Count;
                if (preformatted || tags > 0)
                {
                    // Inside {code} and {noformat} the text is literal; only the tags go. An odd count of tags opens or closes a block.
                    var text = PreformattedTag.Replace(raw, string.Empty);
                    if (tags % 2 == 1) preformatted = !preformatted;
                    if (tags == 0 || text.Trim().Length > 0) lines.Add(text);
                    continue;
                }
                lines.Add(Line(raw));
            }
            return AdfPlainText.Tidy(lines);
        }

        private static string Line(string raw)
        {
            var line = Macro.Replace(raw, string.Empty);
            line = Heading.Replace(line, string.Empty);
            if (TableRow.IsMatch(line)) line = Row(line);
            else line = ListMarker.Replace(line, match => new string(' ', 2 * (match.Groups[1].Length - 1)) + "- ");
            return Inline(line).Replace(@"\\", "\n");
        }

        private static string Row(string line)
        {
            var cells = Regex.Split(line.Trim(), @"\|\|?").Skip(1).ToList();
            if (cells.Count > 0 && cells[cells.Count - 1].Trim().Length == 0) cells.RemoveAt(cells.Count - 1);
            return string.Join(" | ", cells.Select(c => c.Trim()));
        }

        private static Regex Effect(char mark)
        {
            var m = Regex.Escape(mark.ToString());
            var inClass = mark == '-' || mark == '^' ? "\\" + mark : mark.ToString();
            return new Regex($@"(?<![\w{inClass}\\]){m}(?=\S)(.+?)(?<=\S){m}(?![\w{inClass}])", Options);
        }

        private static string Inline(string text)
        {
            text = Monospace.Replace(text, "$1");
            text = UserLink.Replace(text, "@$1");
            text = TitledLink.Replace(text, "$1");
            text = BareLink.Replace(text, "$1");
            text = Image.Replace(text, "[$1]");
            text = Citation.Replace(text, "$1");
            foreach (var effect in Effects) text = effect.Replace(text, "$1");
            return Escaped.Replace(text, "$1");
        }
    }
}
