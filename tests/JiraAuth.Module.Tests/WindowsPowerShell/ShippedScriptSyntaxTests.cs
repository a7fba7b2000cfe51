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
    /// The module's own scripts (psm1, psd1, the format file's script blocks), and the scripts `./build.ps1 -Task Test` runs in
    /// Windows PowerShell 5.1 (build.ps1, tests/Pester, the sandbox's setup), must run there: no syntax that only PowerShell 7
    /// parses, no PowerShell 7-only automatic variables, cmdlet parameters or .NET Core-only members that scripts reach for,
    /// and no non-ASCII text without a BOM (5.1 reads such files in the ANSI code page).
    /// </summary>
    public class ShippedScriptSyntaxTests
    {
        private static readonly string[] ScriptExtensions = { ".ps1", ".psm1", ".psd1", ".ps1xml" };

        public static IEnumerable<object[]> ShippedFiles() =>
            Directory.GetFiles(ModuleLayout.ModuleDirectory, "*", SearchOption.AllDirectories)
                .Where(f => ScriptExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Select(f => new object[] { Path.GetRelativePath(ModuleLayout.ModuleDirectory, f) });

        /// <summary>What `./build.ps1 -Task Test` (and -Task Sandbox) runs in the PowerShell that starts it, relative to the repository.</summary>
        public static IEnumerable<object[]> BuildAndTestFiles() =>
            new[] { "build.ps1", "tests/JiraAuth.Sandbox/Start-Sandbox.ps1" }
                .Concat(Directory.GetFiles(Path.Combine(ModuleLayout.RepositoryRoot, "tests", "Pester"), "*", SearchOption.AllDirectories)
                    .Where(f => ScriptExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Select(f => Path.GetRelativePath(ModuleLayout.RepositoryRoot, f).Replace('\\', '/')))
                .Select(f => new object[] { f });

        [Theory]
        [MemberData(nameof(BuildAndTestFiles))]
        public void Build_and_test_script_uses_only_Windows_PowerShell_5_1_syntax(string file) =>
            AssertWindowsPowerShellSyntax(new[] { File.ReadAllText(Path.Combine(ModuleLayout.RepositoryRoot, file)) }, file);

        [Theory]
        [MemberData(nameof(BuildAndTestFiles))]
        public void Build_and_test_script_is_ASCII_or_has_a_BOM(string file) => AssertAsciiOrBom(Path.Combine(ModuleLayout.RepositoryRoot, file), file);

        [Fact]
        public void Build_and_test_files_include_build_ps1_and_the_Pester_suite()
        {
            var files = BuildAndTestFiles().Select(f => (string)f[0]).ToList();
            Assert.Contains("build.ps1", files);
            Assert.Contains("tests/Pester/Invoke-PesterSuite.ps1", files);
            Assert.Contains("tests/Pester/FakeJira.ps1", files);
            Assert.Contains(files, f => f.StartsWith("tests/Pester/JiraAuthTestVault/", StringComparison.Ordinal) && f.EndsWith(".psm1", StringComparison.Ordinal));
        }

        [Theory]
        [MemberData(nameof(ShippedFiles))]
        public void Shipped_script_uses_only_Windows_PowerShell_5_1_syntax(string file) =>
            AssertWindowsPowerShellSyntax(Scripts(Path.Combine(ModuleLayout.ModuleDirectory, file)), file);

        [Theory]
        [MemberData(nameof(ShippedFiles))]
        public void Shipped_script_is_ASCII_or_has_a_BOM(string file) => AssertAsciiOrBom(Path.Combine(ModuleLayout.ModuleDirectory, file), file);

        private static void AssertWindowsPowerShellSyntax(IEnumerable<string> scripts, string file)
        {
            var problems = new List<string>();
            foreach (var script in scripts)
            {
                var ast = Parser.ParseInput(script, out _, out var errors);
                Assert.Empty(errors);
                problems.AddRange(PowerShell7Only(ast));
            }
            Assert.True(problems.Count == 0, file + ": " + string.Join("; ", problems));
        }

        private static void AssertAsciiOrBom(string path, string file)
        {
            var bytes = File.ReadAllBytes(path);
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
                "[System.IO.Path]::GetRelativePath('a', 'b')", "$p.Kill($true)", "$info.ArgumentList.Add('x')", "$p.WaitForExitAsync()",
                "'{}' | ConvertFrom-Json -AsHashtable", "ConvertTo-Json -InputObject 1 -AsArray", "Get-Content x -AsByteStream",
                "Invoke-RestMethod x -SkipCertificateCheck", "Invoke-WebRequest x -SkipHttpErrorCheck", "Join-Path a b c",
                "Join-Path a b -AdditionalChildPath c", "Split-Path x -LeafBase", "Get-Error", "1, 2 | Join-String", "Test-Json '{}'",
            };
            foreach (var sample in samples)
            {
                var ast = Parser.ParseInput(sample, out _, out var errors);
                Assert.Empty(errors);
                Assert.True(PowerShell7Only(ast).Any(), "not detected: " + sample);
            }
            Assert.Empty(PowerShell7Only(Parser.ParseInput("if ($PSVersionTable.PSEdition -eq 'Core') { $x = @{ a = 1 }; [IO.Path]::Combine('a', 'b') }", out _,
                out _)));
            Assert.Empty(PowerShell7Only(Parser.ParseInput("$p.Kill(); Join-Path a b; '{}' | ConvertFrom-Json; New-Object Text.StringBuilder -ArgumentList 4; "
                + "Get-Content x -Encoding UTF8", out _, out _)));
        }

        // PowerShell 6+ cmdlet parameters (by cmdlet), cmdlets and .NET Core-only members that scripts reach for.
        private static readonly Dictionary<string, string[]> SevenOnlyParameters = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
        {
            ["ConvertFrom-Json"] = new[] { "AsHashtable", "Depth", "NoEnumerate" },
            ["ConvertTo-Json"] = new[] { "AsArray", "EnumsAsStrings", "EscapeHandling" },
            ["Get-Content"] = new[] { "AsByteStream" },
            ["Set-Content"] = new[] { "AsByteStream" },
            ["Add-Content"] = new[] { "AsByteStream" },
            ["Invoke-RestMethod"] = new[] { "SkipCertificateCheck", "SkipHttpErrorCheck", "StatusCodeVariable", "ResponseHeadersVariable", "Authentication",
                "Token", "MaximumRetryCount", "RetryIntervalSec", "SslProtocol", "SkipHeaderValidation" },
            ["Invoke-WebRequest"] = new[] { "SkipCertificateCheck", "SkipHttpErrorCheck", "Authentication", "Token", "MaximumRetryCount", "RetryIntervalSec",
                "SslProtocol", "SkipHeaderValidation" },
            ["Join-Path"] = new[] { "AdditionalChildPath" },
            ["Split-Path"] = new[] { "LeafBase", "Extension" },
            ["Start-Process"] = new[] { "Environment" },
            ["Select-String"] = new[] { "Raw", "NoEmphasis" },
        };

        private static readonly string[] SevenOnlyCommands = { "Get-Error", "Join-String", "Test-Json", "ConvertFrom-Markdown", "Remove-Alias", "Get-Uptime" };

        private static readonly string[] CoreOnlyMembers = { "GetRelativePath", "WaitForExitAsync", "ArgumentList" };

        private static IEnumerable<string> SevenOnlyCommandUse(CommandAst command)
        {
            var name = command.GetCommandName();
            if (name == null) yield break;
            if (SevenOnlyCommands.Contains(name, StringComparer.OrdinalIgnoreCase)) yield return name + " (not in 5.1): " + command.Extent.Text;
            if (SevenOnlyParameters.TryGetValue(name, out var parameters))
            {
                foreach (var parameter in command.CommandElements.OfType<CommandParameterAst>()
                             .Where(p => parameters.Contains(p.ParameterName, StringComparer.OrdinalIgnoreCase)))
                {
                    yield return name + " -" + parameter.ParameterName + " (not in 5.1): " + command.Extent.Text;
                }
            }
            // Join-Path takes one child path in 5.1; more positional ones bind to -AdditionalChildPath in PowerShell 6+.
            if (string.Equals(name, "Join-Path", StringComparison.OrdinalIgnoreCase)
                && command.CommandElements.Skip(1).Count(e => !(e is CommandParameterAst)) > 2
                && !command.CommandElements.OfType<CommandParameterAst>().Any())
            {
                yield return "Join-Path with more than one child path (not in 5.1): " + command.Extent.Text;
            }
        }

        private static IEnumerable<string> CoreOnlyMemberUse(MemberExpressionAst member)
        {
            if (!(member.Member is StringConstantExpressionAst name)) yield break;
            if (CoreOnlyMembers.Contains(name.Value, StringComparer.Ordinal)) yield return name.Value + " (.NET Core only): " + member.Extent.Text;
            // Process.Kill(bool entireProcessTree) is .NET Core 3.0+; Kill() is everywhere.
            if (name.Value == "Kill" && member is InvokeMemberExpressionAst call && call.Arguments != null && call.Arguments.Count > 0)
            {
                yield return "Process.Kill(entireProcessTree) (.NET Core only): " + member.Extent.Text;
            }
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
                if (node is CommandAst commandUse) foreach (var problem in SevenOnlyCommandUse(commandUse)) yield return problem;
                if (node is MemberExpressionAst memberUse) foreach (var problem in CoreOnlyMemberUse(memberUse)) yield return problem;
            }
        }
    }
}
