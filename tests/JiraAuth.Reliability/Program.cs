using System;
using System.IO;

namespace JiraAuth.Reliability
{
    /// <summary>
    /// <c>JiraAuth.Reliability summarize &lt;repository&gt;</c>: prints the gaps and the Reliability line of the run whose outcomes
    /// are in &lt;repository&gt;/out/test-outcomes. Directory.Solution.targets runs it after `dotnet test JiraAuth.sln`.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length != 2 || args[0] != "summarize" || !File.Exists(ReliabilityTable.PathIn(args[1])))
            {
                Console.Error.WriteLine("Usage: JiraAuth.Reliability summarize <repository root> (the folder holding tests/JiraAuth.Core.Tests/RELIABILITY.md)");
                return 2;
            }
            var outcomes = Path.Combine(args[1], "out", "test-outcomes");
            var summary = new ReliabilitySummary(ReliabilityTable.Read(args[1]), TestOutcomes.ReadFolder(outcomes), LeakSweepResult.Read(outcomes));
            foreach (var gap in summary.Gaps()) Console.WriteLine(gap);
            Console.WriteLine(summary.Line());
            return 0;
        }
    }
}
