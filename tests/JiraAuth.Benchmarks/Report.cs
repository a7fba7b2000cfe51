using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace JiraAuth.Benchmarks
{
    /// <summary>One printed table: baseline and ours side by side from the same run, the ratio, the target and whether it was met.</summary>
    internal sealed class Report
    {
        private readonly List<string[]> _rows = new List<string[]>();

        private void Add(string[] row)
        {
            _rows.Add(row);
            Console.WriteLine("  measured: " + string.Join(" | ", row));
        }

        public int Misses { get; private set; }

        public void Time(string work, string baselineName, Measurement baseline, Measurement ours, double[] ratios, double? targetRatio)
        {
            var ratio = baseline.Elapsed.TotalMilliseconds / ours.Elapsed.TotalMilliseconds;
            var met = !targetRatio.HasValue || ratio >= targetRatio.Value;
            if (!met) Misses++;
            Add(new[]
            {
                work, baselineName, Ms(baseline), Ms(ours), ratio.ToString("0.00", CultureInfo.InvariantCulture) + "×",
                ratios.Length > 1 ? Spread(ratios) : "", targetRatio.HasValue ? "≥ " + targetRatio.Value.ToString("0.##", CultureInfo.InvariantCulture) + "×"
                    : "", Verdict(targetRatio.HasValue, met),
            });
        }

        /// <summary>A row where ours should take at most <paramref name="maxRatio"/> times the baseline's time (ours / baseline).</summary>
        public void TimeAtMost(string work, string baselineName, Measurement baseline, Measurement ours, double[] ratios, double maxRatio)
        {
            var ratio = ours.Elapsed.TotalMilliseconds / baseline.Elapsed.TotalMilliseconds;
            var met = ratio <= maxRatio;
            if (!met) Misses++;
            Add(new[]
            {
                work, baselineName, Ms(baseline), Ms(ours), ratio.ToString("0.00", CultureInfo.InvariantCulture) + "× its time",
                ratios.Length > 1 ? Spread(ratios.Select(r => 1 / r).OrderBy(r => r).ToArray()) : "",
                    "≤ " + maxRatio.ToString("0.##", CultureInfo.InvariantCulture) + "×", Verdict(true, met),
            });
        }

        public void Bytes(string work, string baselineName, Measurement baseline, Measurement ours, double maxRatio)
        {
            var ratio = (double)ours.AllocatedBytes / baseline.AllocatedBytes;
            var met = ratio <= maxRatio;
            if (!met) Misses++;
            Add(new[]
            {
                work + " (allocated)", baselineName, Mb(baseline.AllocatedBytes), Mb(ours.AllocatedBytes),
                    ratio.ToString("0.00", CultureInfo.InvariantCulture) + "× its bytes",
                "", "≤ " + maxRatio.ToString("0.##", CultureInfo.InvariantCulture) + "×", Verdict(true, met),
            });
        }

        public void Peak(string work, long small, long large, double maxRatio)
        {
            var ratio = (double)large / small;
            var met = ratio <= maxRatio;
            if (!met) Misses++;
            Add(new[] { work, "20k-item run", Mb(small), Mb(large), ratio.ToString("0.00", CultureInfo.InvariantCulture) + "× (large/small)", "",
                "≤ " + maxRatio.ToString("0.##", CultureInfo.InvariantCulture), Verdict(true, met) });
        }

        public void Print()
        {
            Console.WriteLine();
            Console.WriteLine("| Work | Baseline | Baseline | Ours | Ratio | Spread of ratios | Target | Met |");
            Console.WriteLine("|---|---|---:|---:|---:|---|---|---|");
            foreach (var row in _rows) Console.WriteLine("| " + string.Join(" | ", row) + " |");
            Console.WriteLine();
        }

        private static string Verdict(bool hasTarget, bool met) => !hasTarget ? "(info)" : met ? "yes" : "NO";

        private static string Spread(double[] sorted) =>
            sorted.First().ToString("0.00", CultureInfo.InvariantCulture) + "–" + sorted.Last().ToString("0.00", CultureInfo.InvariantCulture);

        private static string Ms(Measurement m) => m.Elapsed.TotalMilliseconds.ToString("#,0", CultureInfo.InvariantCulture) + " ms";

        private static string Mb(long bytes) => (bytes / 1048576.0).ToString("#,0.0", CultureInfo.InvariantCulture) + " MB";
    }
}
