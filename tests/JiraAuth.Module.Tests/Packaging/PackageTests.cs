using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using JiraAuth.BuildTools.Packaging;
using JiraAuth.Module.Tests.Metadata;
using Xunit;

namespace JiraAuth.Module.Tests.Packaging
{
    /// <summary>
    /// The .nupkg that build.ps1 -Task Package writes, checked for what Install-PSResource and Publish-PSResource need: the
    /// module files at the package root, one nuspec there named after the module, its version and RequiredModules from the
    /// manifest, and the PSModule tag. (PSResourceGet itself is not served here to try it end to end.)
    /// </summary>
    public sealed class PackageTests : IDisposable
    {
        private static readonly XNamespace Nuspec = "http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd";
        private readonly string _output = Path.Combine(Path.GetTempPath(), "jiraauth-package-" + Guid.NewGuid().ToString("N"));
        private readonly ManifestReader _manifest = new ManifestReader(ModuleLayout.ManifestPath);

        public void Dispose()
        {
            if (Directory.Exists(_output)) Directory.Delete(_output, true);
        }

        [Fact]
        public void The_nupkg_holds_the_module_files_at_its_root_without_symbols()
        {
            var path = ModulePackager.WriteNupkg(ModuleLayout.ModuleDirectory, _output);
            Assert.Equal("JiraAuth." + _manifest.Scalar("ModuleVersion") + ".nupkg", Path.GetFileName(path));

            using var zip = ZipFile.OpenRead(path);
            var entries = zip.Entries.Select(e => e.FullName).ToList();
            foreach (var file in new[] { "JiraAuth.psd1", "JiraAuth.psm1", "JiraAuth.dll", "JiraAuth.Core.dll", "Newtonsoft.Json.dll",
                "JiraAuth.LoadContext.dll", "JiraAuth.format.ps1xml", "JiraAuth.nuspec", "[Content_Types].xml" })
            {
                Assert.Contains(file, entries);
            }
            Assert.DoesNotContain(entries, e => e.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase));
            Assert.Single(entries, e => e.EndsWith(".nuspec", StringComparison.Ordinal));
            using var manifest = new StreamReader(zip.GetEntry("JiraAuth.psd1").Open());
            Assert.Equal(File.ReadAllText(ModuleLayout.ManifestPath), manifest.ReadToEnd());
        }

        [Fact]
        public void The_nuspec_is_made_from_the_manifest()
        {
            var path = ModulePackager.WriteNupkg(ModuleLayout.ModuleDirectory, _output);
            using var zip = ZipFile.OpenRead(path);
            XDocument nuspec;
            using (var stream = zip.GetEntry("JiraAuth.nuspec").Open()) nuspec = XDocument.Load(stream);
            var metadata = nuspec.Root.Element(Nuspec + "metadata");
            Assert.NotNull(metadata);

            Assert.Equal("JiraAuth", metadata.Element(Nuspec + "id").Value);
            Assert.Equal(_manifest.Scalar("ModuleVersion"), metadata.Element(Nuspec + "version").Value);
            Assert.Equal(_manifest.Scalar("Description"), metadata.Element(Nuspec + "description").Value);
            Assert.Equal(_manifest.Scalar("Author"), metadata.Element(Nuspec + "authors").Value);
            var tags = metadata.Element(Nuspec + "tags").Value.Split(' ');
            Assert.Contains("PSModule", tags);
            Assert.Contains("PSEdition_Desktop", tags);
            Assert.Contains("PSEdition_Core", tags);
            Assert.Contains("Jira", tags);
            foreach (var cmdlet in _manifest.List("CmdletsToExport"))
            {
                Assert.Contains("PSCmdlet_" + cmdlet, tags);
                Assert.Contains("PSCommand_" + cmdlet, tags);
            }
            var dependencies = metadata.Descendants(Nuspec + "dependency").Select(d => d.Attribute("id").Value);
            Assert.Equal(_manifest.List("RequiredModules"), dependencies);
        }

        [Fact]
        public void The_zip_holds_a_JiraAuth_folder_with_the_same_files()
        {
            var path = ModulePackager.WriteZip(ModuleLayout.ModuleDirectory, _output);
            using var zip = ZipFile.OpenRead(path);
            var expected = ModulePackager.ShippedFiles(ModuleLayout.ModuleDirectory).Select(f => "JiraAuth/" + f);
            Assert.Equal(expected.OrderBy(e => e, StringComparer.Ordinal), zip.Entries.Select(e => e.FullName).OrderBy(e => e, StringComparer.Ordinal));
        }

        [Fact]
        public void Packaging_before_a_build_says_to_build_first()
        {
            var empty = Directory.CreateDirectory(Path.Combine(_output, "JiraAuth")).FullName;
            var error = Assert.Throws<FileNotFoundException>(() => ModulePackager.WriteNupkg(empty, _output));
            Assert.Contains("dotnet build JiraAuth.sln", error.Message);
        }
    }
}
