using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace JiraAuth.Reliability
{
    /// <summary>
    /// Outcomes of test methods by full name (Namespace.Class.Method), as written to and read from out/test-outcomes/*.tsv
    /// (one "Outcome&lt;TAB&gt;Name" line each).
    /// </summary>
    public sealed class TestOutcomes
    {
        public const string FileExtension = ".tsv";
        private readonly Dictionary<string, TestOutcome> _byMethod = new Dictionary<string, TestOutcome>(StringComparer.Ordinal);

        public int Count => _byMethod.Count;

        /// <summary>Adds one result of a method: a failure stays a failure; a pass outranks a skip.</summary>
        public void Add(string method, TestOutcome outcome)
        {
            if (!_byMethod.TryGetValue(method, out var known) || outcome > known) _byMethod[method] = outcome;
        }

        /// <summary>The outcome of "Class.Method" (or a longer suffix with the namespace); NotRun when no test of that name ran.</summary>
        public TestOutcome Of(string classAndMethod)
        {
            if (_byMethod.TryGetValue(classAndMethod, out var exact)) return exact;
            var result = TestOutcome.NotRun;
            foreach (var pair in _byMethod)
            {
                if (pair.Key.EndsWith("." + classAndMethod, StringComparison.Ordinal) && pair.Value > result) result = pair.Value;
            }
            return result;
        }

        public void Write(string file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file));
            var lines = _byMethod.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value + "\t" + p.Key);
            File.WriteAllLines(file, lines);
        }

        /// <summary>Every outcome file in <paramref name="folder"/>; an absent folder means nothing ran.</summary>
        public static TestOutcomes ReadFolder(string folder)
        {
            var outcomes = new TestOutcomes();
            if (!Directory.Exists(folder)) return outcomes;
            foreach (var file in Directory.GetFiles(folder, "*" + FileExtension))
            {
                foreach (var line in File.ReadAllLines(file))
                {
                    var cells = line.Split('\t');
                    if (cells.Length == 2 && Enum.TryParse(cells[0], out TestOutcome outcome)) outcomes.Add(cells[1], outcome);
                }
            }
            return outcomes;
        }
    }
}
