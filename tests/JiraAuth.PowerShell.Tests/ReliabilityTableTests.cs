using System.Linq;
using JiraAuth.PowerShell.Tests.Support;
using JiraAuth.Reliability;
using Xunit;

namespace JiraAuth.PowerShell.Tests
{
    /// <summary>
    /// RELIABILITY.md matches the tests: every row names tests that exist and run (no skip; an environment fact such as
    /// [RealSecretStoreFact] skips only where the vault modules are missing, and the run then prints that row as a gap), no two rows name the same test,
    /// and every fault, rate-limit and finding test has its row. The line each run prints is counted by tests/JiraAuth.Reliability.
    /// </summary>
    public sealed class ReliabilityTableTests
    {
        [Fact]
        public void Every_row_names_unskipped_tests_and_a_known_kind()
        {
            var declarations = TestDeclarations.All();
            var rows = ReliabilityTable.Read(Repository.Root);
            Assert.NotEmpty(rows);
            foreach (var row in rows)
            {
                Assert.Contains(row.Kind, ReliabilityTable.Kinds);
                Assert.False(string.IsNullOrWhiteSpace(row.Behaviour), row.Case);
                Assert.True(row.Tests.Count > 0, $"RELIABILITY.md row '{row.Case}' names no test.");
                foreach (var test in row.Tests)
                {
                    Assert.True(declarations.TryGetValue(test, out var attributes), $"RELIABILITY.md row '{row.Case}' names {test}, which is not a test.");
                    Assert.True(TestDeclarations.IsCountableTest(attributes),
                        $"RELIABILITY.md row '{row.Case}' names {test}, which is not a [Fact] or [Theory] that always runs "
                            + $"(or a fact that skips only where the vault modules are missing): {attributes}");
                }
            }
        }

        [Fact]
        public void No_case_or_test_is_counted_twice()
        {
            var rows = ReliabilityTable.Read(Repository.Root);
            var cases = rows.GroupBy(r => r.Case).Where(g => g.Count() > 1).Select(g => g.Key);
            Assert.True(!cases.Any(), "RELIABILITY.md lists these cases more than once: " + string.Join("; ", cases));
            var tests = rows.SelectMany(r => r.Tests).GroupBy(t => t).Where(g => g.Count() > 1).Select(g => g.Key);
            Assert.True(!tests.Any(), "RELIABILITY.md names these tests in more than one row: " + string.Join("; ", tests));
        }

        [Fact]
        public void Every_fault_and_rate_limit_test_has_a_row()
        {
            var named = ReliabilityTable.Read(Repository.Root).SelectMany(r => r.Tests).ToHashSet();
            var catalogue = TestDeclarations.All().Where(d => TestDeclarations.IsUnconditionalTest(d.Value)).Select(d => d.Key)
                .Where(t => t.StartsWith("FaultInjectionTests.") || t.StartsWith("RateLimitRetryTests.") || t.StartsWith("SecurityFindingTests."));
            foreach (var test in catalogue) Assert.True(named.Contains(test), $"{test} has no row in RELIABILITY.md.");
        }
    }
}
