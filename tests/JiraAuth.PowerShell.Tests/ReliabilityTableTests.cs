using System.Linq;
using JiraAuth.PowerShell.Tests.Support;
using Xunit;

namespace JiraAuth.PowerShell.Tests
{
    /// <summary>RELIABILITY.md matches the tests: every row names a test that exists, and every fault test has its row.</summary>
    public sealed class ReliabilityTableTests
    {
        private static readonly string[] Kinds = { "fault", "bad input", "rate limit", "finding" };

        [Fact]
        public void Every_row_names_an_existing_test_and_a_known_kind()
        {
            var tests = ReliabilityReport.TestMethods();
            var rows = ReliabilityReport.Rows();
            Assert.NotEmpty(rows);
            foreach (var row in rows)
            {
                Assert.Contains(row.Kind, Kinds);
                Assert.False(string.IsNullOrWhiteSpace(row.Behaviour), row.Case);
                Assert.True(tests.Contains(row.Test), $"RELIABILITY.md row '{row.Case}' names {row.Test}, which is not a test.");
            }
        }

        [Fact]
        public void Every_fault_and_rate_limit_test_has_a_row()
        {
            var named = ReliabilityReport.Rows().Select(r => r.Test).ToHashSet();
            var catalogue = ReliabilityReport.TestMethods()
                .Where(t => t.StartsWith("FaultInjectionTests.") || t.StartsWith("RateLimitRetryTests.") || t.StartsWith("SecurityFindingTests."));
            foreach (var test in catalogue) Assert.True(named.Contains(test), $"{test} has no row in RELIABILITY.md.");
        }
    }
}
