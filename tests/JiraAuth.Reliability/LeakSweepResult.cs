using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace JiraAuth.Reliability
{
    /// <summary>
    /// What the leak sweep (LeakSweepTests) found in this run, kept in out/test-outcomes/leak-sweep.txt: how many scenarios
    /// it has, how many ended as expected, how many secrets it found where they must not be.
    /// </summary>
    public sealed class LeakSweepResult
    {
        public const string FileName = "leak-sweep.txt";

        public LeakSweepResult(int scenarios, int asExpected, int leaks)
        {
            Scenarios = scenarios;
            AsExpected = asExpected;
            Leaks = leaks;
        }

        public int Scenarios { get; }
        public int AsExpected { get; }
        public int Leaks { get; }

        /// <summary>Writes the result into this run's outcomes folder (nothing outside a repository).</summary>
        public void Write()
        {
            var folder = RepositoryFolder.OutcomesFolder;
            if (folder == null) return;
            Directory.CreateDirectory(folder);
            File.WriteAllLines(Path.Combine(folder, FileName), new[]
            {
                "scenarios\t" + Scenarios, "asExpected\t" + AsExpected, "leaks\t" + Leaks,
            });
        }

        /// <summary>The sweep's result in <paramref name="folder"/>, or null when it did not run (or did not finish) there.</summary>
        public static LeakSweepResult Read(string folder)
        {
            var file = Path.Combine(folder, FileName);
            if (!File.Exists(file)) return null;
            var values = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var cells in File.ReadAllLines(file).Select(l => l.Split('\t')).Where(c => c.Length == 2))
            {
                if (int.TryParse(cells[1], out var value)) values[cells[0]] = value;
            }
            return values.TryGetValue("scenarios", out var scenarios) && values.TryGetValue("asExpected", out var asExpected)
                && values.TryGetValue("leaks", out var leaks) ? new LeakSweepResult(scenarios, asExpected, leaks) : null;
        }
    }
}
