using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using JiraAuth.PowerShell.Tests.Support;
using Xunit;

namespace JiraAuth.PowerShell.Tests
{
    public sealed class ImportTests : IClassFixture<PowerShellSession>
    {
        private readonly PowerShellSession _session;

        public ImportTests(PowerShellSession session)
        {
            _session = session;
            _session.Reset();
        }

        [Fact]
        public void Module_imports_from_out_with_its_manifest_without_errors_or_warnings()
        {
            Assert.Empty(_session.ImportResult.Errors);
            Assert.Empty(_session.ImportResult.Warnings);

            var module = _session.Run("Get-Module JiraAuth").AssertNoErrors().Single;
            Assert.Equal("0.1.0", Ps.Prop(module, "Version").ToString());
            Assert.Equal(Path.GetFullPath(Path.Combine(Repository.Root, "out", "JiraAuth")),
                Path.GetFullPath(Path.GetDirectoryName((string)Ps.Prop(module, "Path"))));
            var required = _session.Run("(Get-Module JiraAuth).RequiredModules | ForEach-Object { $_.Name + '/' + $_.Version }").AssertNoErrors();
            Assert.Equal("Microsoft.PowerShell.SecretManagement/1.1.2", Assert.Single(required.Output).ToString());
        }

        [Fact]
        public void Exported_commands_are_exactly_the_manifests_CmdletsToExport()
        {
            var manifest = File.ReadAllText(Path.Combine(Repository.Root, "JiraAuth.psd1"));
            var block = Regex.Match(manifest, @"CmdletsToExport\s*=\s*@\((?<list>[^)]*)\)").Groups["list"].Value;
            var expected = Regex.Matches(block, @"'([^']+)'").Select(m => m.Groups[1].Value).OrderBy(n => n).ToList();
            Assert.Equal(7, expected.Count);

            var commands = _session.Run("Get-Command -Module JiraAuth | ForEach-Object { $_.CommandType.ToString() + ':' + $_.Name }").AssertNoErrors();
            Assert.Equal(expected.Select(n => "Cmdlet:" + n), commands.Output.Select(o => o.ToString()).OrderBy(n => n.Substring(7)));
        }

        [Fact]
        public void Format_file_is_loaded_and_its_views_apply()
        {
            var formats = _session.Run("(Get-Module JiraAuth).ExportedFormatFiles | ForEach-Object { [System.IO.Path]::GetFileName($_) }").AssertNoErrors();
            Assert.Equal("JiraAuth.format.ps1xml", Assert.Single(formats.Output).ToString());

            // The views render through the format engine: Out-String is not in the core engine, so ask the host's formatter.
            _session.ConnectAdmin();
            var rendered = _session.Run("Get-JiraConnection | Out-Host").AssertNoErrors();
            Assert.Empty(rendered.Output);
        }

        [Fact]
        public void Connection_view_marks_only_the_default_connection()
        {
            _session.ConnectAdmin("first");
            _session.ConnectAdmin("second");

            // The Default column is a script block that asks the registry; a renamed member would blank the column silently.
            var marks = _session.Run(
                "$format = [xml][System.IO.File]::ReadAllText((Get-Module JiraAuth).ExportedFormatFiles[0]); " +
                "$view = $format.Configuration.ViewDefinitions.View | Where-Object Name -eq 'JiraConnection'; " +
                "$column = [scriptblock]::Create($view.TableControl.TableRowEntries.TableRowEntry.TableColumnItems.TableColumnItem[4].ScriptBlock); " +
                "Get-JiraConnection | ForEach-Object { $_.Name + '=' + (& $column) }").AssertNoErrors();
            Assert.Equal(new[] { "first=*", "second=" }, marks.Output.Select(o => o.ToString()).OrderBy(n => n));
        }
    }
}
