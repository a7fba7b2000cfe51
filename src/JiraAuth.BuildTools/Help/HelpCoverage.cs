using System.Collections.Generic;
using System.Linq;
using System.Management.Automation.Language;

namespace JiraAuth.BuildTools.Help
{
    /// <summary>What a cmdlet's help page lacks or gets wrong, compared with the cmdlet itself. Empty when complete.</summary>
    public static class HelpCoverage
    {
        public const int MinimumExamples = 2;

        public static IReadOnlyList<string> Problems(CmdletMetadata cmdlet, CommandHelp help)
        {
            var problems = new List<string>();
            if (help == null) return new[] { $"{cmdlet.Name}: no help page (src/JiraAuth/help/en-US/{cmdlet.Name}.md)." };
            if (string.IsNullOrWhiteSpace(help.Synopsis)) problems.Add($"{cmdlet.Name}: no SYNOPSIS.");
            if (help.Description.Count == 0) problems.Add($"{cmdlet.Name}: no DESCRIPTION.");
            if (help.Examples.Count < MinimumExamples) problems.Add($"{cmdlet.Name}: {help.Examples.Count} example(s), at least {MinimumExamples} needed.");
            foreach (var example in help.Examples)
            {
                if (string.IsNullOrWhiteSpace(example.Code)) { problems.Add($"{cmdlet.Name}: '{example.Title}' has no code."); continue; }
                Parser.ParseInput(example.Code, out _, out var errors);
                if (errors.Length > 0) problems.Add($"{cmdlet.Name}: '{example.Title}' does not parse: {errors[0].Message}");
                if (!example.Code.Contains(cmdlet.Name)) problems.Add($"{cmdlet.Name}: '{example.Title}' does not use {cmdlet.Name}.");
            }
            foreach (var parameter in cmdlet.Parameters)
            {
                if (!help.Parameters.TryGetValue(parameter.Name, out var text) || text.All(string.IsNullOrWhiteSpace))
                {
                    problems.Add($"{cmdlet.Name}: parameter -{parameter.Name} has no help.");
                }
            }
            foreach (var documented in help.Parameters.Keys.Where(k =>
                cmdlet.Parameters.All(p => !string.Equals(p.Name, k, System.StringComparison.OrdinalIgnoreCase))))
            {
                problems.Add($"{cmdlet.Name}: the help describes -{documented}, which the cmdlet does not have.");
            }
            if (help.Inputs.Count == 0) problems.Add($"{cmdlet.Name}: no INPUTS.");
            if (help.Outputs.Count == 0) problems.Add($"{cmdlet.Name}: no OUTPUTS.");
            return problems;
        }
    }
}
