using System.Collections.Generic;
using System.Linq;
using System.Text;
using Markdig;
using Markdig.Syntax;

namespace JiraAuth.BuildTools.Help
{
    /// <summary>
    /// Turns about_&lt;Topic&gt;.md ("# about_Topic", "## SHORT DESCRIPTION", "## LONG DESCRIPTION", "### sub-headings") into the
    /// plain-text about_&lt;Topic&gt;.help.txt that Get-Help shows: upper-case section titles, text indented and wrapped at 80.
    /// </summary>
    public static class AboutTopicWriter
    {
        private const int Width = 80;

        public static string Convert(string markdown)
        {
            var document = Markdown.Parse(markdown, MarkdownText.Pipeline);
            var text = new StringBuilder();
            foreach (var block in document)
            {
                switch (block)
                {
                    case HeadingBlock heading when heading.Level == 1:
                        text.AppendLine("TOPIC").AppendLine("    " + MarkdownText.Of(heading.Inline)).AppendLine();
                        break;
                    case HeadingBlock heading when heading.Level == 2:
                        text.AppendLine(MarkdownText.Of(heading.Inline).ToUpperInvariant());
                        break;
                    case HeadingBlock heading:
                        text.AppendLine("  " + MarkdownText.Of(heading.Inline).ToUpperInvariant());
                        break;
                    case FencedCodeBlock code:
                        foreach (var line in code.Lines.ToString().TrimEnd().Split('\n')) text.AppendLine(("        " + line.TrimEnd('\r')).TrimEnd());
                        text.AppendLine();
                        break;
                    default:
                        foreach (var paragraph in MarkdownText.Paragraphs(block))
                        {
                            var hanging = paragraph.StartsWith("- ") ? "      " : "    ";
                            foreach (var line in Wrap(paragraph, "    ", hanging)) text.AppendLine(line);
                            if (!(block is ListBlock) && !(block is Markdig.Extensions.Tables.Table)) text.AppendLine();
                        }
                        if (block is ListBlock || block is Markdig.Extensions.Tables.Table) text.AppendLine();
                        break;
                }
            }
            return text.ToString().TrimEnd() + "\n";
        }

        private static IEnumerable<string> Wrap(string paragraph, string first, string rest)
        {
            var line = new StringBuilder(first);
            var indent = first;
            foreach (var word in paragraph.Split(' ').Where(w => w.Length > 0))
            {
                if (line.Length > indent.Length && line.Length + 1 + word.Length > Width)
                {
                    yield return line.ToString();
                    line.Clear().Append(rest);
                    indent = rest;
                }
                if (line.Length > indent.Length) line.Append(' ');
                line.Append(word);
            }
            if (line.Length > indent.Length) yield return line.ToString();
        }
    }
}
