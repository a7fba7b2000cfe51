using System.IO;
using System.Linq;
using JiraAuth.Module.Tests.Metadata;
using Xunit;

namespace JiraAuth.Module.Tests.Architecture
{
    /// <summary>The direction of the module's namespaces (README, "Layers"); JiraAuth.Core is below all of them.</summary>
    public sealed class ModuleLayerTests
    {
        internal static readonly LayerOrder Order = new LayerOrder(new[]
        {
            "Input", "Files", "Observing", "Errors", "Completion", "Output", "Vault", "OAuth", "Connecting", "ErrorRecords", "Binding",
            "Cmdlets", "Commands",
        });

        private static string ModuleSource => Path.Combine(ModuleLayout.RepositoryRoot, "src", "JiraAuth");

        [Fact]
        public void ModuleNamespacesDependOnlyOnLowerLayers()
        {
            var edges = SourceNamespaces.EdgesIn(ModuleSource, "JiraAuth", "Core");
            Assert.NotEmpty(edges);
            Assert.Empty(Order.Violations(edges).Select(e => e.ToString()));
        }

        [Fact]
        public void EveryModuleNamespaceHasALayer() =>
            Assert.Empty(Order.Unplaced(SourceNamespaces.NamespacesIn(ModuleSource, "JiraAuth")));
    }
}
