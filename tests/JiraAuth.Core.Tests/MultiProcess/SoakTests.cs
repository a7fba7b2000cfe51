using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using JiraAuth.FakeJira;
using Xunit;
using Xunit.Abstractions;

namespace JiraAuth.Core.Tests.MultiProcess
{
    /// <summary>
    /// Rounds of the farm (two servers, pwsh workers, one shared sign-in in the shared-folder vault, shared lock folder,
    /// access tokens living 2 s) with faults injected: connection resets and a 429 storm at the site, the vault failing
    /// its writes for a while, and workers killed mid-run. No worker may abort and no round may lose the sign-in.
    /// Rounds that kill workers run against Atlassian's 10-minute reuse leeway: a process killed after the authorization
    /// server rotated its token but before the vault had it cannot be helped by any client, and Atlassian forgives the reuse
    /// that follows; every other round runs against the strict server.
    /// </summary>
    public class SoakTests
    {
        private readonly ITestOutputHelper _output;

        public SoakTests(ITestOutputHelper output)
        {
            _output = output;
        }

        /// <summary>A short round inside every test run: site faults and failing vault writes, one worker per server.</summary>
        [RealSecretStoreFact]
        public async Task ARoundWithSiteAndVaultFaultsAbortsNothingAndKeepsTheSignIn()
        {
            var figures = new SoakFigures();
            await RoundAsync(figures, SoakFault.Site | SoakFault.Vault, perServer: 1, TimeSpan.FromSeconds(10));

            _output.WriteLine(figures.ToString());
            // The faults landed: every reset and 429 met a call, and at least one rotation met the failing vault.
            Assert.Equal(figures.SiteFaultsEnqueued, figures.SiteFaultsMet);
            Assert.True(figures.RefusedWrites > 0, "no vault write was refused: " + figures);
            Assert.Equal(0, figures.Aborts);
            Assert.Equal(0, figures.Hung);
            Assert.Equal(0, figures.LostSignIns);
        }

        /// <summary>The soak itself, on demand: ./build.ps1 -Task Soak [-Rounds N].</summary>
        [SoakFact]
        public async Task Soak()
        {
            var rounds = int.Parse(Environment.GetEnvironmentVariable(SoakFactAttribute.RoundsVariable));
            var plan = new[] { SoakFault.Site, SoakFault.Vault, SoakFault.Kill, SoakFault.Site | SoakFault.Vault | SoakFault.Kill };
            var figures = new SoakFigures();
            for (var round = 0; round < rounds; round++)
            {
                await RoundAsync(figures, plan[round % plan.Length], perServer: 2, TimeSpan.FromSeconds(12));
                _output.WriteLine($"after round {round + 1} ({plan[round % plan.Length]}): {figures}");
            }

            _output.WriteLine(figures.ToString());
            Assert.Equal(0, figures.Aborts);
            Assert.Equal(0, figures.Hung);
            Assert.Equal(0, figures.LostSignIns);
            Assert.True(rounds < 2 || figures.RefusedWrites > 0, "no vault write was refused: " + figures);
        }

        private async Task RoundAsync(SoakFigures figures, SoakFault faults, int perServer, TimeSpan duration)
        {
            var leeway = faults.HasFlag(SoakFault.Kill) ? TimeSpan.FromMinutes(10) : TimeSpan.Zero;
            await using var farm = await Farm.StartAsync(servers: 2, leeway);
            var round = Stopwatch.StartNew();
            var workers = await farm.RunAsync(perServer, duration, sharedLocks: true, processes => InjectAsync(farm, faults, processes, round),
                startTogether: true);
            _output.WriteLine($"round ({faults}) took {round.Elapsed.TotalSeconds:0} s");

            foreach (var worker in workers.Where(w => w.Aborted || w.Hung || w.Failed > 0)) _output.WriteLine(worker.ToString());
            var chain = farm.Server.OAuth.Chains.Single();
            var (refreshes, reuses) = (chain.Refreshes, chain.Reuses);
            var siteFaults = faults.HasFlag(SoakFault.Site) ? SiteFaultsPerRound : 0;
            var siteFaultsMet = siteFaults - farm.Server.Faults.Pending;
            // What the admin asks after a bad night: will the next scheduled job work? One more job per server connects and
            // calls once; a sign-in the authorization server would accept but no client may use is lost all the same.
            var nextJobs = await farm.RunAsync(perServer: 1, TimeSpan.Zero, sharedLocks: true);
            var nextJobsWork = nextJobs.All(w => !w.Aborted && !w.Hung && w.Ok >= 1 && w.Failed == 0);
            if (!nextJobsWork) foreach (var job in nextJobs) _output.WriteLine("next job: " + job);
            figures.Add(workers, farm.SignInAlive && nextJobsWork, refreshes, reuses, siteFaultsMet, siteFaults, farm.RefusedWrites);
        }

        /// <summary>Two resets and two 429s, enqueued at once; <see cref="FaultQueue.Pending"/> tells how many no call met.</summary>
        private const int SiteFaultsPerRound = 4;

        private async Task InjectAsync(Farm farm, SoakFault faults, IReadOnlyList<Process> processes, Stopwatch round)
        {
            // Every worker has tried to connect; they start their runs together, and the faults strain the refreshes of running
            // jobs rather than pwsh's start-up (a 3LO connect's own check rides out a reset too:
            // DataCenterTokenDiagnosisTests.ABearerTokenCheckRidesOutAConnectionReset).
            var waited = Stopwatch.StartNew();
            while (farm.ArrivedWorkers < processes.Count && waited.Elapsed < TimeSpan.FromSeconds(90)) await Task.Delay(TimeSpan.FromMilliseconds(100));
            farm.StartWorkers();
            _output.WriteLine($"{farm.ConnectedWorkers} of {processes.Count} workers connected; all started {round.Elapsed.TotalSeconds:0.0} s into the round");
            if (faults.HasFlag(SoakFault.Site))
            {
                farm.Server.Faults.EnqueueTransportFault("/rest/api/3/myself", TransportFault.ResetBeforeHeaders, times: 2);
                farm.Server.Faults.Enqueue("/rest/api/3/myself", 429, new Dictionary<string, string> { ["Retry-After"] = "1" },
                    "{\"errorMessages\":[\"Rate limit exceeded.\"],\"errors\":{}}", "application/json", times: 2);
            }
            if (faults.HasFlag(SoakFault.Vault))
            {
                // Longer than the 6 s kept between two processes' rotations (RotationOptions.WriteSpacing), so one meets it.
                File.WriteAllText(farm.WriteFaultFile, "writes fail while this file exists");
                await Task.Delay(TimeSpan.FromSeconds(7));
                File.Delete(farm.WriteFaultFile);
            }
            if (faults.HasFlag(SoakFault.Kill))
            {
                // Somewhere in the first half of the run, so that sometimes it lands in the middle of a refresh.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(500, 5000)));
                // A worker that has already finished its run cannot stand for a killed job.
                var running = processes.Where(p => !p.HasExited).ToList();
                if (running.Count == 0) _output.WriteLine("no worker was still running to be killed");
                else Farm.KillWorker(running[Random.Shared.Next(running.Count)]);
            }
        }

        [Flags]
        private enum SoakFault
        {
            Site = 1,
            Vault = 2,
            Kill = 4,
        }
    }
}
