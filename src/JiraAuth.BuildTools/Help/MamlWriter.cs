using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace JiraAuth.BuildTools.Help
{
    /// <summary>Writes the MAML that Get-Help reads for compiled cmdlets (the layout platyPS's New-ExternalHelp produces).</summary>
    public static class MamlWriter
    {
        private static readonly XNamespace Msh = "http://msh";
        private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
        private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
        private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

        public static XDocument Write(IEnumerable<(CmdletMetadata Cmdlet, CommandHelp Help)> commands)
        {
            var root = new XElement(Msh + "helpItems", new XAttribute("schema", "maml"));
            foreach (var (cmdlet, help) in commands) root.Add(CommandElement(cmdlet, help));
            return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
        }

        private static XElement CommandElement(CmdletMetadata cmdlet, CommandHelp help)
        {
            return new XElement(Command + "command",
                new XAttribute(XNamespace.Xmlns + "maml", Maml),
                new XAttribute(XNamespace.Xmlns + "command", Command),
                new XAttribute(XNamespace.Xmlns + "dev", Dev),
                new XElement(Command + "details",
                    new XElement(Command + "name", cmdlet.Name),
                    new XElement(Command + "verb", cmdlet.Verb),
                    new XElement(Command + "noun", cmdlet.Noun),
                    Description(new[] { help.Synopsis })),
                Description(help.Description),
                new XElement(Command + "syntax", cmdlet.Sets().Select(set =>
                    new XElement(Command + "syntaxItem",
                        new XElement(Maml + "name", cmdlet.Name),
                        set.Members.Select(m => Parameter(m.Parameter, m.Declaration, help))))),
                new XElement(Command + "parameters", cmdlet.Parameters.OrderBy(p => p.Name).Select(p => Parameter(p, p.Declarations[0], help, allSets: true))),
                new XElement(Command + "inputTypes", help.Inputs.Select(i => TypeEntry(Command + "inputType", i))),
                new XElement(Command + "returnValues", help.Outputs.Select(o => TypeEntry(Command + "returnValue", o))),
                new XElement(Maml + "alertSet", new XElement(Maml + "alert", Paras(help.Notes))),
                new XElement(Command + "examples", help.Examples.Select((e, i) =>
                    new XElement(Command + "example",
                        new XElement(Maml + "title", "-------------------------- " + e.Title + " --------------------------"),
                        new XElement(Dev + "code", e.Code),
                        new XElement(Dev + "remarks", Paras(e.Remarks))))),
                new XElement(Maml + "relatedLinks", help.RelatedLinks.Select(l =>
                    new XElement(Maml + "navigationLink", new XElement(Maml + "linkText", l), new XElement(Maml + "uri")))));
        }

        private static XElement Parameter(ParameterMetadata parameter, System.Management.Automation.ParameterAttribute declaration, CommandHelp help,
            bool allSets = false)
        {
            var mandatory = allSets ? parameter.Declarations.Any(d => d.Mandatory) : declaration.Mandatory;
            var position = declaration.Position < 0 ? "named" : declaration.Position.ToString();
            help.Parameters.TryGetValue(parameter.Name, out var text);
            var element = new XElement(Command + "parameter",
                new XAttribute("required", mandatory ? "true" : "false"),
                new XAttribute("variableLength", "true"),
                new XAttribute("globbing", parameter.SupportsWildcards ? "true" : "false"),
                new XAttribute("pipelineInput", parameter.PipelineInput),
                new XAttribute("position", position),
                new XAttribute("aliases", parameter.Aliases.Count == 0 ? "none" : string.Join(", ", parameter.Aliases)),
                new XElement(Maml + "name", parameter.Name),
                Description(text ?? new List<string>()));
            if (parameter.ValidValues.Count > 0 && !allSets)
            {
                element.Add(new XElement(Command + "parameterValueGroup", parameter.ValidValues.Select(v =>
                    new XElement(Command + "parameterValue", new XAttribute("required", "false"), new XAttribute("variableLength", "false"), v))));
            }
            if (!parameter.IsSwitch)
            {
                element.Add(new XElement(Command + "parameterValue", new XAttribute("required", "true"), new XAttribute("variableLength", "false"),
                    parameter.TypeName));
            }
            element.Add(new XElement(Dev + "type", new XElement(Maml + "name", parameter.TypeName), new XElement(Maml + "uri")));
            element.Add(new XElement(Dev + "defaultValue", parameter.IsSwitch ? "False" : "None"));
            return element;
        }

        private static XElement TypeEntry(XName name, HelpTypeEntry entry) =>
            new XElement(name,
                new XElement(Dev + "type", new XElement(Maml + "name", entry.TypeName)),
                Description(entry.Description));

        private static XElement Description(IEnumerable<string> paragraphs) => new XElement(Maml + "description", Paras(paragraphs));

        private static IEnumerable<XElement> Paras(IEnumerable<string> paragraphs) =>
            paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => new XElement(Maml + "para", p));
    }
}
