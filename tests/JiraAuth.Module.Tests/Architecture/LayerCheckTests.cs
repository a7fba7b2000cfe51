using System.Linq;
using Xunit;

namespace JiraAuth.Module.Tests.Architecture
{
    /// <summary>The layer check itself: it sees back edges in code, and only in code.</summary>
    public sealed class LayerCheckTests
    {
        private static readonly LayerOrder LowThenHigh = new LayerOrder(new[] { "Low", "High" });

        [Fact]
        public void AUsingOfAHigherLayerIsAViolation()
        {
            var edges = SourceNamespaces.Edges("Low/A.cs", "using Root.High;\nnamespace Root.Low\n{\n}\n", "Root").ToList();
            Assert.Equal("Low/A.cs: Low -> High", Assert.Single(LowThenHigh.Violations(edges)).ToString());
        }

        [Fact]
        public void AQualifiedNameOfAHigherLayerIsAViolation()
        {
            var edges = SourceNamespaces.Edges("Low/A.cs", "namespace Root.Low { class A { object B = new Root.High.B(); } }", "Root");
            Assert.Single(LowThenHigh.Violations(edges));
        }

        [Fact]
        public void ADependencyOnALowerLayerIsAllowed() =>
            Assert.Empty(LowThenHigh.Violations(SourceNamespaces.Edges("High/B.cs", "using Root.Low;\nnamespace Root.High { }", "Root")));

        [Fact]
        public void ANamespaceWithoutALayerIsAViolation() =>
            Assert.Single(LowThenHigh.Violations(SourceNamespaces.Edges("Side/C.cs", "using Root.Low;\nnamespace Root.Side { }", "Root")));

        [Fact]
        public void CommentsAndLiteralsAreNotDependencies()
        {
            const string source = "namespace Root.Low\n{\n    // Root.High is named here\n    /* Root.High */\n" +
                "    class A { string B = \"Root.High.B\"; string C = @\"Root.High\"\"\"; char D = '\"'; }\n}\n";
            Assert.Empty(SourceNamespaces.Edges("Low/A.cs", source, "Root"));
        }

        [Fact]
        public void AnAllowedEdgeIsNotAViolation()
        {
            var order = new LayerOrder(new[] { "Low", "High" }, "Low/A.cs: Low -> High");
            Assert.Empty(order.Violations(SourceNamespaces.Edges("Low/A.cs", "using Root.High;\nnamespace Root.Low { }", "Root")));
        }
    }
}
