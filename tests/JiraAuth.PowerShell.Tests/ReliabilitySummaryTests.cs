using System.Linq;
using JiraAuth.Reliability;
using Xunit;

namespace JiraAuth.PowerShell.Tests
{
    /// <summary>The Reliability line counts this run's outcomes: a failed, skipped or absent test takes its row out of the figure.</summary>
    public sealed class ReliabilitySummaryTests
    {
        private static readonly string[] Table =
        {
            "| Kind | Case | What JiraAuth does | Tests |",
            "|---|---|---|---|",
            "| fault | Reset | Retried | `FaultTests.Reset` |",
            "| fault | Stall | Retried | `FaultTests.Stall`, `PsTests.Stall` |",
            "| fault | Loop | Stops | `FaultTests.Loop` |",
            "| bad input | Dots | Refused | `UriTests.Dots` |",
            "| rate limit | 429 | Waits | `RateTests.Wait` |",
        };

        private static TestOutcomes Outcomes(params (string Method, TestOutcome Outcome)[] results)
        {
            var outcomes = new TestOutcomes();
            foreach (var (method, outcome) in results) outcomes.Add("Some.Namespace." + method, outcome);
            return outcomes;
        }

        [Fact]
        public void Every_row_whose_tests_all_passed_counts()
        {
            var outcomes = Outcomes(("FaultTests.Reset", TestOutcome.Passed), ("FaultTests.Stall", TestOutcome.Passed), ("PsTests.Stall", TestOutcome.Passed),
                ("FaultTests.Loop", TestOutcome.Passed), ("UriTests.Dots", TestOutcome.Passed));
            var summary = new ReliabilitySummary(ReliabilityTable.Parse(Table), outcomes, new LeakSweepResult(45, 45, 0));

            Assert.Equal("Reliability: 45 of 45 scenarios swept as expected, 3 of 3 catalogued faults survived, 1 of 1 catalogued bad inputs rejected, "
                + "0 leaks found", summary.Line());
            Assert.Empty(summary.Gaps());
        }

        [Fact]
        public void A_failed_skipped_or_absent_test_lowers_its_figure_and_is_named()
        {
            var outcomes = Outcomes(("FaultTests.Reset", TestOutcome.Failed), ("FaultTests.Stall", TestOutcome.Passed), ("PsTests.Stall", TestOutcome.Skipped),
                ("UriTests.Dots", TestOutcome.Passed));
            var summary = new ReliabilitySummary(ReliabilityTable.Parse(Table), outcomes, new LeakSweepResult(45, 44, 2));

            Assert.Equal("Reliability: 44 of 45 scenarios swept as expected, 0 of 3 catalogued faults survived, 1 of 1 catalogued bad inputs rejected, "
                + "2 leaks found", summary.Line());
            var gaps = summary.Gaps().ToList();
            Assert.Equal(3, gaps.Count);
            Assert.Contains("Reliability gap: fault 'Reset': FaultTests.Reset Failed", gaps);
            Assert.Contains("Reliability gap: fault 'Stall': FaultTests.Stall Passed, PsTests.Stall Skipped", gaps);
            Assert.Contains("Reliability gap: fault 'Loop': FaultTests.Loop NotRun", gaps);
        }

        [Fact]
        public void A_theory_with_one_failed_case_failed_and_a_sweep_that_did_not_run_is_said_so()
        {
            var outcomes = new TestOutcomes();
            outcomes.Add("N.UriTests.Dots", TestOutcome.Passed);
            outcomes.Add("N.UriTests.Dots", TestOutcome.Failed);
            outcomes.Add("N.UriTests.Dots", TestOutcome.Passed);

            Assert.Equal(TestOutcome.Failed, outcomes.Of("UriTests.Dots"));
            Assert.Equal(TestOutcome.NotRun, outcomes.Of("UriTests.Slashes"));
            var line = new ReliabilitySummary(ReliabilityTable.Parse(Table), outcomes, null).Line();
            Assert.Equal("Reliability: leak sweep did not run, 0 of 3 catalogued faults survived, 0 of 1 catalogued bad inputs rejected, leaks not searched", line);
        }
    }
}
