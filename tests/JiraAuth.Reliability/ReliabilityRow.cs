using System.Collections.Generic;

namespace JiraAuth.Reliability
{
    /// <summary>One row of RELIABILITY.md: a kind (fault, bad input, rate limit, finding), the case, what JiraAuth does, and the tests that prove it.</summary>
    public sealed class ReliabilityRow
    {
        public ReliabilityRow(string kind, string @case, string behaviour, IReadOnlyList<string> tests)
        {
            Kind = kind;
            Case = @case;
            Behaviour = behaviour;
            Tests = tests;
        }

        public string Kind { get; }
        public string Case { get; }
        public string Behaviour { get; }

        /// <summary>"Class.Method" of every test the row names; the row holds in a run only when all of them passed.</summary>
        public IReadOnlyList<string> Tests { get; }
    }
}
