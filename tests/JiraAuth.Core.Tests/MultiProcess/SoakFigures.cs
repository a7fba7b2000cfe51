using System.Collections.Generic;
using System.Linq;

namespace JiraAuth.Core.Tests.MultiProcess
{
    /// <summary>What a soak counted, summed over its rounds; <see cref="ToString"/> is the line RELIABILITY.md quotes.</summary>
    internal sealed class SoakFigures
    {
        private readonly SortedDictionary<string, int> _failures = new SortedDictionary<string, int>();

        public int Rounds { get; private set; }
        public int Processes { get; private set; }
        public int Killed { get; private set; }
        public int Calls { get; private set; }
        public int FailedCalls { get; private set; }
        public int Aborts { get; private set; }
        public int Hung { get; private set; }
        public int LostSignIns { get; private set; }
        public int Refreshes { get; private set; }
        public int Reuses { get; private set; }
        public int SiteFaultsMet { get; private set; }
        public int SiteFaultsEnqueued { get; private set; }
        public int RefusedWrites { get; private set; }

        /// <param name="siteFaultsMet">Resets and 429s that calls ran into (the rest were still queued when the round ended).</param>
        /// <param name="refusedWrites">Vault writes refused while the vault's writes were failing.</param>
        public void Add(IReadOnlyList<FarmWorker> workers, bool signInAlive, int refreshes, int reuses, int siteFaultsMet, int siteFaultsEnqueued,
            int refusedWrites)
        {
            SiteFaultsMet += siteFaultsMet;
            SiteFaultsEnqueued += siteFaultsEnqueued;
            RefusedWrites += refusedWrites;
            Rounds++;
            Processes += workers.Count;
            Killed += workers.Count(w => w.Killed);
            Calls += workers.Sum(w => w.Ok + w.Failed);
            FailedCalls += workers.Sum(w => w.Failed);
            Aborts += workers.Count(w => w.Aborted);
            Hung += workers.Count(w => w.Hung);
            if (!signInAlive) LostSignIns++;
            Refreshes += refreshes;
            Reuses += reuses;
            foreach (var pair in workers.SelectMany(w => w.Errors)) _failures[pair.Key] = (_failures.TryGetValue(pair.Key, out var n) ? n : 0) + pair.Value;
        }

        public override string ToString() =>
            $"Soak: {Rounds} rounds, {Processes} processes ({Killed} killed by the soak), {SiteFaultsMet} of {SiteFaultsEnqueued} site faults met, "
            + $"{RefusedWrites} vault writes refused, {Calls} calls ({FailedCalls} failed"
            + (_failures.Count == 0 ? "" : ": " + string.Join(", ", _failures.Select(p => p.Key + " " + p.Value)))
            + $"), {Refreshes} refreshes, {Reuses} refresh-token reuses, {Aborts} aborts, {Hung} hung past the time limit, {LostSignIns} lost sign-ins";
    }
}
