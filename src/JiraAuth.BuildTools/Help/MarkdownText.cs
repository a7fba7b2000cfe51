using System.Linq;
using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JiraAuth.BuildTools.Help
{
    /// <summary>Plain text of Markdig blocks, as Get-Help shows it: no markup, inline code and links kept as their text.</summary>
    public static class MarkdownText
    {
        public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder().UsePipeTables().Build();

        public static string Of(Inline inline)
        {
            var text = new StringBuilder();
            Append(inline, text);
            return text.ToString().Trim();
        }

        /// <summary>A paragraph, list or table as one or more plain-text paragraphs; code blocks keep their lines.</summary>
        public static System.Collections.Generic.IEnumerable<string> Paragraphs(Block block)
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    yield return Of(paragraph.Inline);
                    break;
                case ListBlock list:
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        var parts = item.SelectMany(Paragraphs).ToList();
                        yield return "- " + string.Join(" ", parts);
                    }
                    break;
                case Table table:
                    foreach (var row in table.OfType<TableRow>())
                    {
                        var cells = row.OfType<TableCell>().Select(c => string.Join(" ", c.SelectMany(Paragraphs))).ToList();
                        yield return row.IsHeader ? string.Join(" | ", cells).ToUpperInvariant() : string.Join(": ", cells.Take(1))
                            + (cells.Count > 1 ? ": " + string.Join(" | ", cells.Skip(1)) : string.Empty);
                    }
                    break;
                case FencedCodeBlock code:
                    yield return code.Lines.ToString().TrimEnd();
                    break;
                case QuoteBlock quote:
                    foreach (var inner in quote.SelectMany(Paragraphs)) yield return inner;
                    break;
            }
        }

        private static void Append(Inline inline, StringBuilder text)
        {
            switch (inline)
            {
                case null:
                    return;
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    return;
                case CodeInline code:
                    text.Append(code.Content);
                    return;
                case LineBreakInline lineBreak:
                    text.Append(lineBreak.IsHard ? "\n" : " ");
                    return;
                case HtmlInline html:
                    // "<site>", "<cloudId>": placeholders in the prose, not markup.
                    text.Append(html.Tag);
                    return;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    return;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    return;
                case ContainerInline container:
                    foreach (var child in container) Append(child, text);
                    if (container is LinkInline link && !string.IsNullOrEmpty(link.Url)
                        && !link.Url.StartsWith("about_")) text.Append(" (").Append(link.Url).Append(')');
                    return;
            }
        }
    }
}
