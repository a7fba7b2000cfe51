namespace JiraAuth.Reliability
{
    /// <summary>What one test method did in a run; a theory is Failed when any case failed, Passed when one passed and none failed.</summary>
    public enum TestOutcome
    {
        NotRun,
        Skipped,
        Passed,
        Failed,
    }
}
