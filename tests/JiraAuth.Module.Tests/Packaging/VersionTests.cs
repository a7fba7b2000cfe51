using System.Diagnostics;
using System.IO;
using System.Reflection;
using JiraAuth.Core.Http;
using JiraAuth.Module.Tests.Metadata;
using Xunit;

namespace JiraAuth.Module.Tests.Packaging
{
    public class VersionTests
    {
        private static readonly string ModuleVersion = new ManifestReader(ModuleLayout.SourceManifestPath).Scalar("ModuleVersion");

        [Theory]
        [InlineData("JiraAuth.dll")]
        [InlineData("JiraAuth.Core.dll")]
        [InlineData("JiraAuth.LoadContext.dll")]
        public void Every_built_assembly_carries_the_manifests_ModuleVersion(string file)
        {
            var path = Path.Combine(ModuleLayout.ModuleDirectory, file);
            Assert.Equal(System.Version.Parse(ModuleVersion).ToString(), Trim(AssemblyName.GetAssemblyName(path).Version));
            var info = FileVersionInfo.GetVersionInfo(path);
            Assert.Equal(ModuleVersion, info.ProductVersion);
        }

        [Fact]
        public void The_User_Agent_names_the_module_version()
        {
            Assert.Equal("JiraAuth/" + ModuleVersion, DefaultUserAgent.Value);
            Assert.Equal(DefaultUserAgent.Value, new JiraClientOptions().UserAgent);
        }

        // 0.1.0 in the manifest is 0.1.0.0 in an assembly name.
        private static string Trim(System.Version version) =>
            version.Revision == 0 ? new System.Version(version.Major, version.Minor, version.Build).ToString() : version.ToString();
    }
}
