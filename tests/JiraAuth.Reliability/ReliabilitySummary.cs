using System.Collections.Generic;
using System.Linq;

namespace JiraAuth.Reliability
{
    /// <summary>
    /// The Reliability line of a test run, every figure counted from that run: a catalogued fault "survived" (a bad input was
    /// "rejected") only when every test its row names passed; scenarios count when the sweep saw the outcome it expects.
    /// </summary>
    public sealed class ReliabilitySummary
    {
        private readonly IReadOnlyList<ReliabilityRow> _rows;
        private readonly TestOutcomes _outcomes;
        private readonly LeakSweepResult _sweep;

        public ReliabilitySummary(IReadOnlyList<ReliabilityRow> rows, TestOutcomes outcomes, LeakSweepResult sweep)
        {
            _rows = rows;
            _outcomes = outcomes;
            _sweep = sweep;
        }

        /// <summary>e.g. "Reliability: 40 of 40 scenarios swept as expected, 20 of 20 catalogued faults survived, 13 of 13 catalogued bad inputs rejected, 0 leaks found".</summary>
        public string Line()
        {
            var sweep = _sweep == null
                ? "leak sweep did not run"
                : $"{_sweep.AsExpected} of {_sweep.Scenarios} scenarios swept as expected";
            var leaks = _sweep == null ? "leaks not searched" : $"{_sweep.Leaks} leaks found";
            return $"Reliability: {sweep}, {Held(ReliabilityTable.Fault)} of {Catalogued(ReliabilityTable.Fault)} catalogued faults survived, "
                + $"{Held(ReliabilityTable.BadInput)} of {Catalogued(ReliabilityTable.BadInput)} catalogued bad inputs rejected, {leaks}";
        }

        /// <summary>
        /// A line for each catalogued fault or bad input this run did not prove (at most <paramref name="limit"/>, then how many
        /// more), naming its tests and what they did.
        /// </summary>
        public IEnumerable<string> Gaps(int limit = 10)
        {
            var unproven = Counted().Where(r => !Holds(r)).ToList();
            foreach (var row in unproven.Take(limit))
            {
                var tests = string.Join(", ", row.Tests.Select(t => t + " " + _outcomes.Of(t)));
                yield return $"Reliability gap: {row.Kind} '{row.Case}': {(tests.Length == 0 ? "no test named" : tests)}";
            }
            if (unproven.Count > limit) yield return $"Reliability gap: and {unproven.Count - limit} more not proven in this run";
        }

        private IEnumerable<ReliabilityRow> Counted() => _rows.Where(r => r.Kind == ReliabilityTable.Fault || r.Kind == ReliabilityTable.BadInput);

        private int Catalogued(string kind) => _rows.Count(r => r.Kind == kind);

        private int Held(string kind) => _rows.Count(r => r.Kind == kind && Holds(r));

        private bool Holds(ReliabilityRow row) => row.Tests.Count > 0 && row.Tests.All(t => _outcomes.Of(t) == TestOutcome.Passed);
    }
}
