using System.Threading.Tasks;
using Xunit;

namespace JiraAuth.Pester.Tests
{
    /// <summary>
    /// Every test of tests/Pester, run in the real pwsh (out/pwsh) against out/JiraAuth. The suite runs once; each case
    /// then reports its own Pester test: passed, or failed with Pester's message.
    /// </summary>
    public sealed class PesterSuiteTests
    {
        [PesterTest]
        public async Task Passes(string id)
        {
            SuiteRun run = await PesterSuite.Run;

            if (run.Process.TimedOut)
            {
                Assert.Fail($"The Pester suite did not finish within {PesterSuite.RunTimeout.TotalMinutes:0} minutes and was stopped. Its output is in "
                    + $"{PesterSuite.LogPath}.\n{Tail(run.Process.StandardOutput)}");
            }
            if (!run.ById.TryGetValue(id, out PesterTestOutcome outcome))
            {
                Assert.Fail($"The Pester run did not report '{id}' (found by discovery). pwsh ended with exit code {run.Process.ExitCode}; its output is in "
                    + $"{PesterSuite.LogPath}.\n{Tail(run.Process.StandardOutput)}\n{Tail(run.Process.StandardError)}");
            }
            if (outcome.Result != "Passed")
            {
                Assert.Fail($"Pester: {outcome.Result}\n{outcome.Message}");
            }
        }

        private static string Tail(string text, int length = 4000) =>
            text == null || text.Length <= length ? text : "…" + text.Substring(text.Length - length);
    }
}
