using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using JiraAuth.BuildTools.Help;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Diagnosis;
using JiraAuth.Module.Tests.Metadata;
using Xunit;

namespace JiraAuth.Module.Tests.Help
{
    /// <summary>Every cmdlet and parameter has help, every example parses, and the about topic and README keep up with the cmdlets.</summary>
    public class HelpCoverageTests
    {
        private static readonly string HelpSource = Path.Combine(ModuleLayout.RepositoryRoot, "src", "JiraAuth", "help", "en-US");
        private static readonly Lazy<(CmdletMetadata[] Cmdlets, System.Collections.Generic.Dictionary<string, CommandHelp> Pages)> Loaded =
            new Lazy<(CmdletMetadata[], System.Collections.Generic.Dictionary<string, CommandHelp>)>(() =>
                (HelpCompiler.LoadCmdlets(ModuleLayout.AssemblyPath).ToArray(), HelpCompiler.ReadPages(HelpSource)));

        [Fact]
        public void Every_cmdlet_has_complete_help_with_examples_that_parse()
        {
            var (cmdlets, pages) = Loaded.Value;
            Assert.NotEmpty(cmdlets);
            var problems = cmdlets.SelectMany(c => HelpCoverage.Problems(c, pages.TryGetValue(c.Name, out var page) ? page : null)).ToList();
            Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        }

        [Fact]
        public void There_is_no_page_for_a_cmdlet_that_does_not_exist()
        {
            var (cmdlets, pages) = Loaded.Value;
            Assert.Empty(pages.Keys.Except(cmdlets.Select(c => c.Name), StringComparer.OrdinalIgnoreCase));
        }

        [Fact]
        public void The_coverage_check_finds_a_missing_parameter_a_stray_one_and_an_example_that_does_not_parse()
        {
            var connect = Loaded.Value.Cmdlets.Single(c => c.Name == "Connect-JiraCloud");
            var page = MarkdownHelpReader.Parse(
                "# Connect-JiraCloud\n## SYNOPSIS\nConnects.\n## DESCRIPTION\nText.\n## EXAMPLES\n### Example 1\n```powershell\nConnect-JiraCloud "
                    + "-Site (\n```\n" +
                "## PARAMETERS\n### -Site\nThe site.\n### -Bogus\nNot a parameter.\n## INPUTS\n### None\n## OUTPUTS\n### X\n", "test.md");
            var problems = HelpCoverage.Problems(connect, page);
            Assert.Contains(problems, p => p.Contains("1 example(s)"));
            Assert.Contains(problems, p => p.Contains("'Example 1' does not parse"));
            Assert.Contains(problems, p => p.Contains("-Credential has no help"));
            Assert.Contains(problems, p => p.Contains("-Bogus, which the cmdlet does not have"));
            Assert.DoesNotContain(problems, p => p.Contains("-Site has no help"));
        }

        [Fact]
        public void The_built_MAML_has_every_cmdlet_with_every_parameter_described()
        {
            var maml = XDocument.Load(Path.Combine(ModuleLayout.ModuleDirectory, "en-US", "JiraAuth.dll-Help.xml"));
            XNamespace command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
            XNamespace mamlNs = "http://schemas.microsoft.com/maml/2004/10";
            foreach (var cmdlet in Loaded.Value.Cmdlets)
            {
                var element = maml.Descendants(command + "command").SingleOrDefault(c =>
                    c.Element(command + "details").Element(command + "name").Value == cmdlet.Name);
                Assert.True(element != null, cmdlet.Name + " is missing from the MAML");
                var documented = element.Element(command + "parameters").Elements(command + "parameter")
                    .Where(p => p.Element(mamlNs + "description").Elements().Any())
                    .Select(p => p.Element(mamlNs + "name").Value);
                Assert.Equal(cmdlet.Parameters.Select(p => p.Name).OrderBy(n => n), documented.OrderBy(n => n));
                Assert.True(element.Element(command + "examples").Elements().Count() >= 2, cmdlet.Name);
            }
        }

        [Fact]
        public void The_about_topic_covers_auth_modes_vaults_OAuth_rate_limits_and_every_Test_JiraToken_reason()
        {
            var about = File.ReadAllText(Path.Combine(ModuleLayout.ModuleDirectory, "en-US", "about_JiraAuth.help.txt"));
            Assert.StartsWith("TOPIC", about);
            foreach (var heading in new[] { "AUTH MODES AND WHICH TO CHOOSE", "VAULTS AND UNATTENDED SETUP", "OAUTH 2.0 AND SERVICE ACCOUNTS", "RATE LIMITS",
                "TEST-JIRATOKEN REASONS AND THEIR REMEDIES", "PROXIES", "REST PATH COMPLETION" })
            {
                Assert.Contains(heading, about);
            }
            foreach (var mode in Enum.GetNames(typeof(AuthMode))) Assert.Contains(mode, about);
            foreach (var reason in Enum.GetNames(typeof(TokenStatus))) Assert.Matches(new Regex(@"- " + reason + ":"), about);
            // Prose is wrapped for an 80-column console; code (indented 8) is kept as written so it can be copied.
            Assert.All(about.Split('\n').Where(l => !l.StartsWith("        ")), line =>
                Assert.True(line.TrimEnd('\r').Length <= 80 || !line.Contains(' '), "Longer than 80: " + line));
        }

        [Fact]
        public void The_READMEs_parameter_table_names_every_parameter_of_every_cmdlet()
        {
            var readme = File.ReadAllText(Path.Combine(ModuleLayout.RepositoryRoot, "README.md"));
            foreach (var cmdlet in Loaded.Value.Cmdlets)
            {
                var row = readme.Split('\n').SingleOrDefault(l => l.StartsWith("| `" + cmdlet.Name + "`"));
                Assert.True(row != null, cmdlet.Name + " has no row in README's 'Cmdlets and parameter sets' table");
                foreach (var parameter in cmdlet.Parameters)
                {
                    Assert.True(Regex.IsMatch(row, "`\\[?-" + parameter.Name + "\\b"), $"README's row for {cmdlet.Name} does not name -{parameter.Name}");
                }
            }
        }
    }
}
