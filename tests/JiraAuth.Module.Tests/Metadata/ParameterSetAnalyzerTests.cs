using System.Linq;
using Xunit;

namespace JiraAuth.Module.Tests.Metadata
{
    /// <summary>The analyzer itself must catch the mistakes it exists for, or the convention test proves nothing.</summary>
    public class ParameterSetAnalyzerTests
    {
        [Fact]
        public void Flags_a_set_whose_parameters_all_belong_to_another_set_that_needs_nothing_more()
        {
            var sets = new[]
            {
                new ParameterSet("Saved", new[] { "Name" }, new[] { "Name" }),
                new ParameterSet("Env", new[] { "Name", "Site" }, new string[0]),
                new ParameterSet("Other", new[] { "Token" }, new[] { "Token" }),
            };

            var problems = ParameterSetAnalyzer.Unreachable("Connect-X", sets, "Other").ToList();

            Assert.Contains(problems, p => p.Contains("'Saved'") && p.Contains("'Env'"));
        }

        [Fact]
        public void Accepts_sets_told_apart_by_an_own_parameter_or_a_mandatory_one()
        {
            var sets = new[]
            {
                new ParameterSet("Saved", new[] { "Name", "Vault" }, new[] { "Name" }),
                new ParameterSet("Credential", new[] { "Name", "Vault", "Site", "Credential" }, new[] { "Site", "Credential" }),
                new ParameterSet("Environment", new[] { "Site" }, new string[0]),
            };

            Assert.Empty(ParameterSetAnalyzer.Unreachable("Connect-X", sets, "Environment"));
        }

        [Fact]
        public void The_default_set_wins_ties_so_it_is_never_flagged()
        {
            var sets = new[]
            {
                new ParameterSet("A", new[] { "Name" }, new string[0]),
                new ParameterSet("B", new[] { "Name", "Site" }, new string[0]),
            };

            Assert.Empty(ParameterSetAnalyzer.Unreachable("Get-X", sets, "A"));
            Assert.NotEmpty(ParameterSetAnalyzer.Unreachable("Get-X", sets, "B"));
        }
    }
}
