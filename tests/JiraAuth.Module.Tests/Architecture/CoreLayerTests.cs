using System.IO;
using System.Linq;
using System.Reflection;
using JiraAuth.Core.Connections;
using JiraAuth.Module.Tests.Metadata;
using Xunit;

namespace JiraAuth.Module.Tests.Architecture
{
    /// <summary>The engine's surface and the direction of its namespaces (README, "Layers").</summary>
    public sealed class CoreLayerTests
    {
        private const int MaximumPublicTypes = 30;

        // JiraAuthenticationException.Diagnosis is a TokenDiagnosis, whose Account is a JiraAccount: all three are public and keep
        // the full names users write in catch blocks and read in $Error, so this one edge points up.
        internal static readonly LayerOrder Order = new LayerOrder(
            new[]
            {
                "Errors", "Sites", "Auth", "Json", "Text", "Entities", "Http", "Paging", "Completion", "Storage", "OAuth", "Connections", "Diagnosis", "Connecting",
            },
            "Connections/JiraAuthenticationException.cs: Connections -> Diagnosis");

        private static string CoreSource => Path.Combine(ModuleLayout.RepositoryRoot, "src", "JiraAuth.Core");

        [Fact]
        public void CoreNamespacesDependOnlyOnLowerLayers()
        {
            var edges = SourceNamespaces.EdgesIn(CoreSource, "JiraAuth.Core");
            Assert.NotEmpty(edges);
            Assert.Empty(Order.Violations(edges).Select(e => e.ToString()));
            Assert.Empty(Order.UnusedAllowances(edges));
        }

        [Fact]
        public void EveryCoreNamespaceHasALayer() =>
            Assert.Empty(Order.Unplaced(SourceNamespaces.NamespacesIn(CoreSource, "JiraAuth.Core")));

        [Fact]
        public void CoreShowsAtMostThirtyPublicTypes()
        {
            var exported = typeof(JiraConnection).Assembly.GetExportedTypes().Select(t => t.FullName).OrderBy(n => n).ToList();
            Assert.True(exported.Count <= MaximumPublicTypes,
                $"JiraAuth.Core has {exported.Count} public types (at most {MaximumPublicTypes}: what PowerShell users see): " + string.Join(", ", exported));
        }

        [Theory]
        [InlineData("JiraAuth.Core.Connections.JiraConnection")]
        [InlineData("JiraAuth.Core.Connections.JiraAccount")]
        [InlineData("JiraAuth.Core.Connections.JiraEndpoints")]
        [InlineData("JiraAuth.Core.Sites.JiraSite")]
        [InlineData("JiraAuth.Core.Auth.AuthMode")]
        [InlineData("JiraAuth.Core.Diagnosis.TokenStatus")]
        [InlineData("JiraAuth.Core.Errors.JiraApiException")]
        [InlineData("JiraAuth.Core.Connections.JiraAuthenticationException")]
        [InlineData("JiraAuth.Core.OAuth.OAuthTokenException")]
        public void TypesUsersNameStayPublicUnderTheirFullNames(string fullName) =>
            Assert.True(typeof(JiraConnection).Assembly.GetType(fullName)?.IsPublic, fullName + " is not a public type of JiraAuth.Core");

        [Fact]
        public void AConnectionShowsNeitherItsClientNorAVaultSetter()
        {
            Assert.Null(typeof(JiraConnection).GetProperty("Client", BindingFlags.Public | BindingFlags.Instance));
            Assert.False(typeof(JiraConnection).GetProperty(nameof(JiraConnection.VaultName)).SetMethod.IsPublic);
        }
    }
}
