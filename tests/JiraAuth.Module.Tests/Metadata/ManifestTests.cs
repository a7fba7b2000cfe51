using System.IO;
using System.Linq;
using Xunit;

namespace JiraAuth.Module.Tests.Metadata
{
    public class ManifestTests
    {
        private static readonly ManifestReader Manifest = new ManifestReader(ModuleLayout.ManifestPath);

        [Fact]
        public void The_built_manifest_is_the_source_manifest()
        {
            Assert.Equal(File.ReadAllText(ModuleLayout.SourceManifestPath), File.ReadAllText(ModuleLayout.ManifestPath));
        }

        [Fact]
        public void CmdletsToExport_lists_exactly_the_Cmdlet_classes()
        {
            var exported = Manifest.List("CmdletsToExport");
            Assert.NotNull(exported);
            Assert.DoesNotContain("*", exported);
            Assert.Equal(ModuleAssembly.Cmdlets.Select(c => c.Name).OrderBy(n => n), exported.OrderBy(n => n));
        }

        [Theory]
        [InlineData("FunctionsToExport")]
        [InlineData("VariablesToExport")]
        [InlineData("AliasesToExport")]
        public void Exports_nothing_but_cmdlets(string key)
        {
            var list = Manifest.List(key);
            Assert.NotNull(list);
            Assert.Empty(list);
        }

        [Fact]
        public void Targets_both_editions_from_Windows_PowerShell_5_1()
        {
            Assert.Equal(new[] { "Core", "Desktop" }, Manifest.List("CompatiblePSEditions").OrderBy(e => e));
            Assert.Equal("5.1", Manifest.Scalar("PowerShellVersion"));
            // netstandard2.0 needs the netstandard facade, present in .NET Framework from 4.7.1: say so at import, not with a load error.
            Assert.Equal("4.7.2", Manifest.Scalar("DotNetFrameworkVersion"));
        }

        [Fact]
        public void Loads_the_cmdlet_assembly_through_the_loader_script()
        {
            // JiraAuth.psm1 puts JiraAuth.dll into the module's own load context on PowerShell 7 (DependencyIsolationTests).
            Assert.Equal("JiraAuth.psm1", Manifest.Scalar("RootModule"));
            var loader = File.ReadAllText(Path.Combine(ModuleLayout.ModuleDirectory, "JiraAuth.psm1"));
            Assert.Contains("[JiraAuth.LoadContext.ModuleLoadContext]::LoadModuleAssembly($PSScriptRoot)", loader);
            Assert.Contains("'JiraAuth.dll'", loader);
        }

        [Theory]
        [InlineData("API tokens")]
        [InlineData("scoped API tokens")]
        [InlineData("OAuth 2.0")]
        [InlineData("3LO")]
        [InlineData("service accounts")]
        [InlineData("personal access tokens")]
        [InlineData("passwords")]
        [InlineData("SecretManagement vaults")]
        [InlineData("pages through results")]
        [InlineData("rate limits")]
        public void The_Gallery_description_says_what_the_module_does(string feature)
        {
            Assert.Contains(feature, Manifest.Scalar("Description"));
        }

        [Theory]
        [InlineData("ProjectUri")]
        [InlineData("LicenseUri")]
        [InlineData("ReleaseNotes")]
        public void Gallery_links_are_left_out_while_there_is_no_real_place_to_point_at(string key)
        {
            // The Gallery shows these as links; an address that does not exist is worse than none. Add them with a public home.
            Assert.Null(Manifest.Scalar(key));
            Assert.False(File.Exists(Path.Combine(ModuleLayout.RepositoryRoot, "LICENSE")), "a LICENSE exists now: set LicenseUri to where it is published");
        }

        [Fact]
        public void Requires_SecretManagement_so_installing_the_module_brings_it()
        {
            Assert.Contains("Microsoft.PowerShell.SecretManagement", Manifest.List("RequiredModules"));
        }

        [Fact]
        public void Format_files_exist_in_the_module_folder()
        {
            var formats = Manifest.List("FormatsToProcess");
            Assert.NotEmpty(formats);
            Assert.All(formats, f => Assert.True(File.Exists(Path.Combine(ModuleLayout.ModuleDirectory, f)), f + " is missing from out/JiraAuth"));
        }

        [Fact]
        public void Format_views_cover_the_output_types_without_secret_properties()
        {
            var text = File.ReadAllText(Path.Combine(ModuleLayout.ModuleDirectory, "JiraAuth.format.ps1xml"));
            foreach (var type in new[] { "JiraAuth.Core.Connections.JiraConnection", "JiraAuth.Output.JiraTokenTestResult",
                "JiraAuth.Vault.SavedJiraConnection" })
            {
                Assert.Contains("<TypeName>" + type + "</TypeName>", text);
            }
            Assert.DoesNotContain("Secret", text);
            Assert.DoesNotContain("Reveal", text);
            Assert.DoesNotContain("Client", text);
        }

        [Theory]
        [InlineData("JiraAuth.psd1")]
        [InlineData("JiraAuth.psm1")]
        [InlineData("JiraAuth.LoadContext.dll")]
        [InlineData("JiraAuth.dll")]
        [InlineData("JiraAuth.Core.dll")]
        [InlineData("Newtonsoft.Json.dll")]
        public void The_module_folder_is_importable_after_a_build(string file)
        {
            Assert.True(File.Exists(Path.Combine(ModuleLayout.ModuleDirectory, file)), file + " is missing from out/JiraAuth");
        }

        [Fact]
        public void PowerShell_itself_is_not_shipped()
        {
            Assert.False(File.Exists(Path.Combine(ModuleLayout.ModuleDirectory, "System.Management.Automation.dll")));
        }
    }
}
