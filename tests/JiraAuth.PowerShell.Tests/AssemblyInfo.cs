using Xunit;

// ConnectionRegistry.ProcessWide is shared by the whole process: every runspace in this process sees the same connections, so the tests
// of this assembly must not run in parallel.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

// Every test's outcome goes to out/test-outcomes for the run's Reliability line (tests/JiraAuth.Reliability).
[assembly: TestFramework("JiraAuth.Reliability.OutcomeRecordingFramework", "JiraAuth.Reliability")]
