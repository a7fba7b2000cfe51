using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace JiraAuth.Benchmarks
{
    /// <summary>Time and bytes allocated (all threads) of one run; a series keeps the median of several.</summary>
    internal sealed class Measurement
    {
        public Measurement(TimeSpan elapsed, long allocatedBytes)
        {
            Elapsed = elapsed;
            AllocatedBytes = allocatedBytes;
        }

        public TimeSpan Elapsed { get; }

        public long AllocatedBytes { get; }

        public static Measurement Of(Action work)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            work();
            clock.Stop();
            return new Measurement(clock.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - before);
        }

        /// <summary>Runs each side in turn <paramref name="repeats"/> times (alternating, so load changes hit both) and keeps the medians.</summary>
        public static (Measurement Baseline, Measurement Ours, double[] Ratios) Compare(Action baseline, Action ours, int repeats)
        {
            var baselines = new List<Measurement>();
            var oursList = new List<Measurement>();
            for (var i = 0; i < repeats; i++)
            {
                baselines.Add(Of(baseline));
                oursList.Add(Of(ours));
            }
            var ratios = baselines.Zip(oursList, (b, o) => b.Elapsed.TotalMilliseconds / o.Elapsed.TotalMilliseconds).OrderBy(r => r).ToArray();
            return (Median(baselines), Median(oursList), ratios);
        }

        public static Measurement Median(IReadOnlyCollection<Measurement> runs)
        {
            var byTime = runs.OrderBy(r => r.Elapsed).ToList();
            var byBytes = runs.OrderBy(r => r.AllocatedBytes).ToList();
            return new Measurement(byTime[byTime.Count / 2].Elapsed, byBytes[byBytes.Count / 2].AllocatedBytes);
        }
    }
}
