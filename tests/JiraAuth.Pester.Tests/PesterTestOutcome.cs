namespace JiraAuth.Pester.Tests
{
    /// <summary>One entry of the JSON that tests/Pester/Invoke-PesterSuite.ps1 writes: a Pester test and how it ended.</summary>
    public sealed class PesterTestOutcome
    {
        /// <summary>"&lt;file&gt;|&lt;Describe&gt; &gt; &lt;Context&gt; &gt; &lt;It&gt;", the same in discovery and in the run.</summary>
        public string Id { get; set; }
        public string File { get; set; }
        public string Name { get; set; }
        public bool Skip { get; set; }
        public string SkipReason { get; set; }
        /// <summary>Pester's result: Passed, Failed, Skipped, NotRun, Inconclusive (NotRun in a discovery run).</summary>
        public string Result { get; set; }
        public string Message { get; set; }
        public int DurationMs { get; set; }
    }
}
