using System.Collections.Generic;
using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace JiraAuth.Reliability
{
    /// <summary>Runs the test cases as xunit does, with the results passing through an <see cref="OutcomeRecorder"/>.</summary>
    internal sealed class OutcomeRecordingExecutor : XunitTestFrameworkExecutor
    {
        public OutcomeRecordingExecutor(AssemblyName assemblyName, ISourceInformationProvider sourceInformationProvider, IMessageSink diagnosticMessageSink)
            : base(assemblyName, sourceInformationProvider, diagnosticMessageSink)
        {
        }

        protected override void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink,
            ITestFrameworkExecutionOptions executionOptions)
        {
            var recorder = new OutcomeRecorder(executionMessageSink, DiagnosticMessageSink, OutcomeRecorder.FileFor(AssemblyInfo.Name));
            base.RunTestCases(testCases, recorder, executionOptions);
        }
    }
}
