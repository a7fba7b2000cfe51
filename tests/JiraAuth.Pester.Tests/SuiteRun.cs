using System.Collections.Generic;
using System.Linq;
using JiraAuth.PwshHost;

namespace JiraAuth.Pester.Tests
{
    /// <summary>What one run of the Pester suite produced: the outcomes (null when it wrote none) and the pwsh process.</summary>
    public sealed class SuiteRun
    {
        public SuiteRun(IReadOnlyList<PesterTestOutcome> outcomes, PwshResult process)
        {
            Outcomes = outcomes;
            Process = process;
            ById = outcomes?.GroupBy(o => o.Id).ToDictionary(g => g.Key, g => g.First()) ?? new Dictionary<string, PesterTestOutcome>();
        }

        public IReadOnlyList<PesterTestOutcome> Outcomes { get; }
        public PwshResult Process { get; }
        public IReadOnlyDictionary<string, PesterTestOutcome> ById { get; }
    }
}
