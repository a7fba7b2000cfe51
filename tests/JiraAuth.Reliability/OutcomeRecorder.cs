using System;
using System.Collections.Concurrent;
using System.IO;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace JiraAuth.Reliability
{
    /// <summary>
    /// Passes every execution message on, noting each test's result; when the assembly finishes it writes them all (every
    /// batch of this process, so a runner that runs an assembly in parts still gets one file).
    /// </summary>
    internal sealed class OutcomeRecorder : IMessageSink
    {
        private static readonly ConcurrentDictionary<string, TestOutcomes> ByFile = new ConcurrentDictionary<string, TestOutcomes>();
        private readonly IMessageSink _next;
        private readonly IMessageSink _diagnostics;
        private readonly string _file;

        public OutcomeRecorder(IMessageSink next, IMessageSink diagnostics, string file)
        {
            _next = next;
            _diagnostics = diagnostics;
            _file = file;
        }

        /// <summary>out/test-outcomes/&lt;assembly name&gt;.tsv, or null outside the repository.</summary>
        public static string FileFor(string assemblyName)
        {
            var folder = RepositoryFolder.OutcomesFolder;
            var name = assemblyName.Split(',')[0].Trim();
            return folder == null ? null : Path.Combine(folder, name + TestOutcomes.FileExtension);
        }

        public bool OnMessage(IMessageSinkMessage message)
        {
            switch (message)
            {
                case ITestPassed passed: Note(passed, TestOutcome.Passed); break;
                case ITestFailed failed: Note(failed, TestOutcome.Failed); break;
                case ITestSkipped skipped: Note(skipped, TestOutcome.Skipped); break;
                case ITestAssemblyFinished _: Write(); break;
            }
            return _next.OnMessage(message);
        }

        private void Note(ITestResultMessage result, TestOutcome outcome)
        {
            if (_file == null) return;
            var method = result.TestMethod;
            var outcomes = ByFile.GetOrAdd(_file, _ => new TestOutcomes());
            lock (outcomes) outcomes.Add(method.TestClass.Class.Name + "." + method.Method.Name, outcome);
        }

        private void Write()
        {
            if (_file == null || !ByFile.TryGetValue(_file, out var outcomes)) return;
            try
            {
                lock (outcomes) outcomes.Write(_file);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                _diagnostics.OnMessage(new DiagnosticMessage("Test outcomes were not recorded in " + _file + ": " + e.Message));
            }
        }
    }
}
