using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace JiraAuth.Reliability
{
    /// <summary>
    /// xunit's own framework, with every test result also written to out/test-outcomes/&lt;assembly&gt;.tsv, so the reliability
    /// line can count what passed in this run. A test assembly opts in with
    /// <c>[assembly: TestFramework("JiraAuth.Reliability.OutcomeRecordingFramework", "JiraAuth.Reliability")]</c>.
    /// </summary>
    public sealed class OutcomeRecordingFramework : XunitTestFramework
    {
        public OutcomeRecordingFramework(IMessageSink messageSink) : base(messageSink)
        {
        }

        protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
            new OutcomeRecordingExecutor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);
    }
}
