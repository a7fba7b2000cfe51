using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation.Language;
using System.Text;
using System.Xml.Linq;
using JiraAuth.Module.Tests.Metadata;
using Xunit;

namespace JiraAuth.Module.Tests.WindowsPowerShell
{
    /// <summary>
    /// The module's own scripts (psm1, psd1, the format file's script blocks) must run in Windows PowerShell 5.1: no syntax
    /// that only PowerShell 7 parses, no PowerShell 7-only automatic variables, and no non-ASCII text without a BOM (5.1 reads
    /// such files in the ANSI code page).
    /// </summary>
    public class ShippedScriptSyntaxTests
    {
        public static IEnumerable<object[]> ShippedFiles() =>
            Directory.GetFiles(ModuleLayout.ModuleDirectory, "*", SearchOption.AllDirectories)
                .Where(f => new[] { ".ps1", ".psm1", ".psd1", ".ps1xml" }.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Select(f => new object[] { Path.GetRelativePath(ModuleLayout.ModuleDirectory, f) });

        [Theory]
        [MemberData(nameof(ShippedFiles))]
        public void Shipped_script_uses_only_Windows_PowerShell_5_1_syntax(string file)
        {
            var path = Path.Combine(ModuleLayout.ModuleDirectory, file);
            var problems = new List<string>();
            foreach (var script in Scripts(path))
            {
                var ast = Parser.ParseInput(script, out _, out var errors);
                Assert.Empty(errors);
                problems.AddRange(PowerShell7Only(ast));
            }
            Assert.True(problems.Count == 0, file + ": " + string.Join("; ", problems));
        }

        [Theory]
        [MemberData(nameof(ShippedFiles))]
        public void Shipped_script_is_ASCII_or_has_a_BOM(string file)
        {
            var bytes = File.ReadAllBytes(Path.Combine(ModuleLayout.ModuleDirectory, file));
            var hasBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
            Assert.True(hasBom || bytes.All(b => b < 0x80), file + " has non-ASCII characters and no UTF-8 BOM: Windows PowerShell 5.1 would misread them.");
        }

        [Fact]
        public void The_checker_finds_PowerShell_7_only_syntax()
        {
            var samples = new[]
            {
                "$a ? 1 : 2", "Get-Item x && Get-Item y", "$a ?? 'b'", "$a ??= 1", "${a}?.Name", "1..3 | ForEach-Object -Parallel { $_ }",
                "if ($IsCoreCLR) { }", "function f { clean { } }",
            };
            foreach (var sample in samples)
            {
                var ast = Parser.ParseInput(sample, out _, out var errors);
                Assert.Empty(errors);
                Assert.True(PowerShell7Only(ast).Any(), "not detected: " + sample);
            }
            Assert.Empty(PowerShell7Only(Parser.ParseInput("if ($PSVersionTable.PSEdition -eq 'Core') { $x = @{ a = 1 }; [IO.Path]::Combine('a', 'b') }", out _,
                out _)));
        }

        private static IEnumerable<string> Scripts(string path)
        {
            if (!path.EndsWith(".ps1xml", StringComparison.OrdinalIgnoreCase))
            {
                yield return File.ReadAllText(path);
                yield break;
            }
            foreach (var block in XDocument.Load(path).Descendants().Where(e => e.Name.LocalName == "ScriptBlock")) yield return block.Value;
        }

        private static IEnumerable<string> PowerShell7Only(Ast ast)
        {
            var sevenOnlyVariables = new[] { "IsCoreCLR", "IsWindows", "IsLinux", "IsMacOS" };
            foreach (var node in ast.FindAll(_ => true, true))
            {
                switch (node)
                {
                    case TernaryExpressionAst _:
                        yield return "ternary operator: " + node.Extent.Text;
                        break;
                    case PipelineChainAst _:
                        yield return "&& or ||: " + node.Extent.Text;
                        break;
                    case BinaryExpressionAst binary when binary.Operator == TokenKind.QuestionQuestion:
                        yield return "??: " + node.Extent.Text;
                        break;
                    case AssignmentStatementAst assignment when assignment.Operator == TokenKind.QuestionQuestionEquals:
                        yield return "??=: " + node.Extent.Text;
                        break;
                    case MemberExpressionAst member when member.NullConditional:
                        yield return "?.: " + node.Extent.Text;
                        break;
                    case IndexExpressionAst index when index.NullConditional:
                        yield return "?[]: " + node.Extent.Text;
                        break;
                    case CommandAst command when (command.GetCommandName() == "ForEach-Object" || command.GetCommandName() == "%")
                                                 && command.CommandElements.OfType<CommandParameterAst>().Any(p =>
                                                     "Parallel".StartsWith(p.ParameterName, StringComparison.OrdinalIgnoreCase) && p.ParameterName.Length >= 2):
                        yield return "ForEach-Object -Parallel: " + node.Extent.Text;
                        break;
                    case VariableExpressionAst variable when sevenOnlyVariables.Contains(variable.VariablePath.UserPath, StringComparer.OrdinalIgnoreCase):
                        yield return "$" + variable.VariablePath.UserPath + " (not defined in 5.1)";
                        break;
                    case ScriptBlockAst block when block.CleanBlock != null:
                        yield return "clean block";
                        break;
                }
            }
        }
    }
}
