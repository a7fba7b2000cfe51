using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Markdig;
using Markdig.Syntax;

namespace JiraAuth.BuildTools.Help
{
    /// <summary>
    /// Reads a cmdlet help page in platyPS's markdown layout: "# Verb-Noun", then "## SYNOPSIS", "## DESCRIPTION",
    /// "## EXAMPLES" ("### Example N: title", a fenced code block, remarks), "## PARAMETERS" ("### -Name", text),
    /// "## INPUTS"/"## OUTPUTS" ("### TypeName", text), "## NOTES", "## RELATED LINKS". Parameter types, sets, positions and
    /// pipeline input are not written here: the compiler reads them from the cmdlet classes, so they cannot disagree.
    /// </summary>
    public static class MarkdownHelpReader
    {
        public static CommandHelp Read(string path) => Parse(File.ReadAllText(path), path);

        public static CommandHelp Parse(string markdown, string source)
        {
            var document = Markdown.Parse(markdown, MarkdownText.Pipeline);
            var help = new CommandHelp();
            string section = null;
            HelpExample example = null;
            List<string> current = null;

            foreach (var block in document)
            {
                if (block is HeadingBlock heading)
                {
                    var title = MarkdownText.Of(heading.Inline);
                    switch (heading.Level)
                    {
                        case 1:
                            help.Name = title;
                            break;
                        case 2:
                            section = title.ToUpperInvariant();
                            current = section switch
                            {
                                "DESCRIPTION" => help.Description,
                                "NOTES" => help.Notes,
                                "RELATED LINKS" => help.RelatedLinks,
                                _ => null,
                            };
                            break;
                        case 3:
                            current = StartEntry(help, section, title, source, out example);
                            break;
                    }
                    continue;
                }

                if (section == "SYNOPSIS")
                {
                    help.Synopsis = string.Join(" ", new[] { help.Synopsis }.Concat(MarkdownText.Paragraphs(block))).Trim();
                }
                else if (section == "EXAMPLES" && example != null && block is FencedCodeBlock code && example.Code.Length == 0)
                {
                    example.Code = code.Lines.ToString().TrimEnd();
                }
                else if (current != null)
                {
                    current.AddRange(MarkdownText.Paragraphs(block));
                }
            }

            if (string.IsNullOrEmpty(help.Name)) throw new InvalidOperationException(source + ": no '# Verb-Noun' title.");
            return help;
        }

        private static List<string> StartEntry(CommandHelp help, string section, string title, string source, out HelpExample example)
        {
            example = null;
            switch (section)
            {
                case "EXAMPLES":
                    example = new HelpExample { Title = title };
                    help.Examples.Add(example);
                    return example.Remarks;
                case "PARAMETERS":
                    var name = title.TrimStart('-');
                    if (help.Parameters.ContainsKey(name)) throw new InvalidOperationException($"{source}: parameter -{name} is described twice.");
                    help.Parameters[name] = new List<string>();
                    return help.Parameters[name];
                case "INPUTS":
                case "OUTPUTS":
                    var entry = new HelpTypeEntry { TypeName = title };
                    (section == "INPUTS" ? help.Inputs : help.Outputs).Add(entry);
                    return entry.Description;
                default:
                    return null;
            }
        }
    }
}
