using Xunit;

// Every test's outcome goes to out/test-outcomes for the run's Reliability line (tests/JiraAuth.Reliability).
[assembly: TestFramework("JiraAuth.Reliability.OutcomeRecordingFramework", "JiraAuth.Reliability")]
