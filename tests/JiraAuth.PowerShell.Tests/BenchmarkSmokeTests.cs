using System;
using System.Diagnostics;
using System.IO;
using JiraAuth.PowerShell.Tests.Support;
using Xunit;

namespace JiraAuth.PowerShell.Tests
{
    /// <summary>
    /// The benchmarks (tests/JiraAuth.Benchmarks) are not part of the test command, but their smoke mode is: every benchmark
    /// at tiny sizes, in its own process, failing when JiraAuth's results differ from Invoke-RestMethod's (never on speed).
    /// </summary>
    public sealed class BenchmarkSmokeTests
    {
        private static string BenchmarkAssembly
        {
            get
            {
                // …/tests/JiraAuth.PowerShell.Tests/bin/<Configuration>/<tfm>/ → …/tests/JiraAuth.Benchmarks/bin/<Configuration>/<tfm>/
                var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
                var configuration = here.Parent.Name;
                return Path.Combine(Repository.Root, "tests", "JiraAuth.Benchmarks", "bin", configuration, here.Name, "JiraAuth.Benchmarks.dll");
            }
        }

        [Fact]
        public void Every_benchmark_runs_at_tiny_sizes_and_gives_the_same_results_as_the_baseline()
        {
            Assert.True(File.Exists(BenchmarkAssembly), "not built: " + BenchmarkAssembly);
            var start = new ProcessStartInfo(Process.GetCurrentProcess().MainModule.FileName)
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            start.ArgumentList.Add(BenchmarkAssembly);
            start.ArgumentList.Add("--smoke");

            using (var bench = Process.Start(start))
            {
                // Both streams read in the background, so the time limit below can fire even while the child keeps writing.
                var errors = bench.StandardError.ReadToEndAsync();
                var reading = bench.StandardOutput.ReadToEndAsync();
                if (!bench.WaitForExit(600_000))
                {
                    bench.Kill(entireProcessTree: true);
                    bench.WaitForExit();
                    Assert.Fail("the smoke run did not finish in 10 minutes and was stopped; it had written: " + reading.Result + errors.Result);
                }
                var output = reading.Result;
                Assert.True(bench.ExitCode == 0, output + errors.Result);
                foreach (var row in new[] { "search page → PSObjects", "startAt paging", "nextPageToken paging", "GET /myself one after another",
                    "GET /myself in PowerShell", "peak working set" })
                {
                    Assert.Contains(row, output);
                }
                Assert.DoesNotContain("RESULT MISMATCH", output);
            }
        }
    }
}
