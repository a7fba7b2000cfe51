using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using JiraAuth.Core.Http;

namespace JiraAuth.Benchmarks
{
    /// <summary>
    /// dotnet run -c Release --project tests/JiraAuth.Benchmarks [-- --smoke] [--only conversion,paging,ranges,requests,memory] [--repeat N]
    /// Each benchmark prints the baseline and JiraAuth side by side from the same run, with the ratio and the issue's target.
    /// --smoke runs everything at tiny sizes and fails (exit 1) only when results differ from the baseline's, never on speed.
    /// </summary>
    public static class Program
    {
        private sealed class Settings
        {
            public bool Smoke;
            public int Repeat = 5;
            public HashSet<string> Only = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "conversion", "paging", "ranges", "requests", "memory" };
        }

        public static int Main(string[] args)
        {
            if (args.Length == 4 && args[0] == "--peak-child") return PeakChild(args[1], long.Parse(args[2], CultureInfo.InvariantCulture), args[3]);

            var settings = Parse(args);
            var data = new BenchData();
            Console.WriteLine($"JiraAuth benchmarks{(settings.Smoke ? " (smoke: tiny sizes, results checked, speed not judged)" : "")}");
            Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET "
                + $"{Environment.Version}, load {LoadAverage()}");
            var source = data.UsesRecording
                ? "copies of the recorded Cloud search response (../shared/reference)"
                : "a synthetic issue (the recording was not found beside the repository)";
            Console.WriteLine($"Data: {source}");

            var report = new Report();
            var failures = new List<string>();
            using (var site = new LoopbackJira(data.Route, noDelay: true))
            using (var nagleSite = new LoopbackJira(data.Route, noDelay: false))
            using (var host = new PowerShellHost(site.Site))
            {
                if (settings.Only.Contains("conversion")) Conversion(settings, data, host, report, failures);
                if (settings.Only.Contains("paging")) Paging(settings, host, report, failures);
                if (settings.Only.Contains("ranges")) SearchRanges(settings, host, report, failures);
                if (settings.Only.Contains("requests")) Requests(settings, site, nagleSite, host, report);
                if (settings.Only.Contains("memory")) Memory(settings, site, report, failures);
            }
            report.Print();
            Console.WriteLine($"Load after the run: {LoadAverage()}");
            foreach (var failure in failures) Console.WriteLine("RESULT MISMATCH: " + failure);
            if (!settings.Smoke) Console.WriteLine(report.Misses == 0 ? "All targets met." : report.Misses + " target(s) not met.");
            return failures.Count == 0 ? 0 : 1;
        }

        private static Settings Parse(string[] args)
        {
            var settings = new Settings();
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--smoke": settings.Smoke = true; settings.Repeat = 1; break;
                    case "--repeat": settings.Repeat = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                    case "--only": settings.Only = new HashSet<string>(args[++i].Split(','), StringComparer.OrdinalIgnoreCase); break;
                    default: throw new ArgumentException("Unknown argument " + args[i]);
                }
            }
            return settings;
        }

        // 1. One large search page to PSObjects: Invoke-JiraRestMethod vs Invoke-RestMethod.
        private static void Conversion(Settings settings, BenchData data, PowerShellHost host, Report report, List<string> failures)
        {
            var pages = settings.Smoke ? new[] { ("smoke", 60_000) } : new[] { ("3.4 MB", 3_400_000), ("10 MB", 10_300_000) };
            foreach (var (name, size) in pages)
            {
                var bytes = data.SearchPage(name, size);
                var variables = new Dictionary<string, object> { ["PageName"] = name };
                var irm = "$null = Invoke-RestMethod \"$Site/rest/api/2/bench/page?name=$([uri]::EscapeDataString($PageName))\" -Headers $Headers";
                var ours = "$null = Invoke-JiraRestMethod bench/page -Query @{ name = $PageName }";

                var expected = host.Run(irm.Replace("$null = ", ""), variables).Single();
                var actual = host.Run(ours.Replace("$null = ", ""), variables).Single();
                var difference = ShapeComparer.FirstDifference(expected, actual);
                if (difference != null) failures.Add($"search page {name}: {difference}");

                // Warm up until both sides run JIT-optimized code: a PowerShell host keeps compiling, which postpones tiering.
                for (var i = 0; i < (settings.Smoke ? 1 : 6); i++)
                {
                    host.Run(irm, variables);
                    host.Run(ours, variables);
                }
                var (b, o, ratios) = Measurement.Compare(() => host.Run(irm, variables), () => host.Run(ours, variables), settings.Repeat);
                var work = $"one {bytes.Length / 1048576.0:0.0} MB search page → PSObjects";
                report.Time(work, "Invoke-RestMethod", b, o, ratios, 3.0);
                report.Bytes(work, "Invoke-RestMethod", b, o, 0.5);
            }
        }

        // 2. Paging 20,000 items, 100 per page, 50 ms per request: startAt in parallel, nextPageToken overlapped with the consumer.
        private static void Paging(Settings settings, PowerShellHost host, Report report, List<string> failures)
        {
            var variables = new Dictionary<string, object>
            {
                ["Total"] = settings.Smoke ? 200 : 20_000, ["Max"] = settings.Smoke ? 10 : 100, ["Delay"] = settings.Smoke ? 5 : 50,
                    ["Work"] = settings.Smoke ? 2 : 20,
            };
            var total = (int)variables["Total"];
            var repeats = Math.Max(1, Math.Min(settings.Repeat, 3));

            const string offsetLoop = "& { $start = 0; do { $page = Invoke-RestMethod "
                + "\"$Site/rest/api/2/search?total=$Total&delay=$Delay&maxResults=$Max&startAt=$start\" -Headers $Headers; " +
                                      "$page.issues; $start += $page.issues.Count } while ($page.issues.Count -gt 0 -and $start -lt $page.total) }";
            const string offsetOurs = "Invoke-JiraRestMethod search -Query @{ total = $Total; delay = $Delay; maxResults = $Max } -Paginate";
            CheckSameKeys(host, variables, offsetLoop, offsetOurs, total, "startAt paging", failures);
            var (b, o, ratios) = Measurement.Compare(() => host.Run(offsetLoop + " | Measure-Object", variables), () =>
                host.Run(offsetOurs + " | Measure-Object", variables), repeats);
            report.Time($"startAt paging, {total:#,0} items, {variables["Max"]}/page, {variables["Delay"]} ms/request", "a loop of Invoke-RestMethod", b, o,
                ratios, 3.5);
            var (_, sequential, _) = Measurement.Compare(() => { }, () => host.Run(offsetOurs + " -ThrottleLimit 1 | Measure-Object", variables), 1);
            report.Time("  same, ours with -ThrottleLimit 1 (overlap only)", "a loop of Invoke-RestMethod", b, sequential, new double[0], null);

            const string consumer = " | ForEach-Object -Begin { $i = 0 } -Process { if ((++$i % $Max) -eq 0) { Start-Sleep -Milliseconds $Work } } -End { $i }";
            const string tokenLoop = "& { $token = $null; do { $uri = \"$Site/rest/api/2/search/jql?total=$Total&delay=$Delay&maxResults=$Max\"; if ($token) { "
                + "$uri += \"&nextPageToken=$token\" }; " +
                                     "$page = Invoke-RestMethod $uri -Headers $Headers; $page.issues; $token = $page.nextPageToken } while (-not "
                                         + "$page.isLast) }";
            const string tokenOurs = "Invoke-JiraRestMethod search/jql -Query @{ total = $Total; delay = $Delay; maxResults = $Max } -Paginate";
            CheckSameKeys(host, variables, tokenLoop, tokenOurs, total, "nextPageToken paging", failures);
            (b, o, ratios) = Measurement.Compare(() => host.Run(tokenLoop + consumer, variables), () => host.Run(tokenOurs + consumer, variables), repeats);
            report.Time($"nextPageToken paging, {total:#,0} items, {variables["Work"]} ms consumer work per page", "a loop of Invoke-RestMethod", b, o,
                ratios, 1.4);
        }

        // 3. A search/jql export read as id ranges side by side, against a script's token loop and against one chain.
        private static void SearchRanges(Settings settings, PowerShellHost host, Report report, List<string> failures)
        {
            var variables = new Dictionary<string, object>
            {
                ["Total"] = settings.Smoke ? 300 : 10_000, ["Max"] = settings.Smoke ? 10 : 100, ["Delay"] = settings.Smoke ? 5 : 200,
            };
            var total = (int)variables["Total"];
            var repeats = Math.Max(1, Math.Min(settings.Repeat, 3));
            // The bench site reads the search's size from the path, where the ranged export's approximate-count request finds it too.
            const string loop = "& { $token = $null; do { $uri = \"$Site/rest/api/2/sized/$Total/$Delay/search/jql?jql=project%20%3D%20KP&maxResults=$Max\"; "
                + "if ($token) { $uri += \"&nextPageToken=$token\" }; $page = Invoke-RestMethod $uri -Headers $Headers; $page.issues; "
                + "$token = $page.nextPageToken } while (-not $page.isLast) }";
            const string ours = "Invoke-JiraRestMethod \"sized/$Total/$Delay/search/jql\" -Query @{ jql = 'project = KP'; maxResults = $Max } -Paginate";
            CheckSameKeys(host, variables, loop, ours, total, "search/jql in id ranges", failures);
            CheckSameKeys(host, variables, loop, ours + " -ThrottleLimit 1", total, "search/jql in one chain", failures);
            if (settings.Smoke) return;

            var (b, o, ratios) = Measurement.Compare(() => host.Run(loop + " | Measure-Object", variables), () =>
                host.Run(ours + " | Measure-Object", variables), repeats);
            report.Time($"search/jql export, {total:#,0} issues, {variables["Max"]}/page, {variables["Delay"]} ms/page, -ThrottleLimit 4 (id ranges)",
                "a token loop of Invoke-RestMethod", b, o, ratios, 3.2);

            variables["Delay"] = 1;
            for (var i = 0; i < 2; i++)
            {
                host.Run(ours + " -ThrottleLimit 1 | Measure-Object", variables);
                host.Run(ours + " | Measure-Object", variables);
            }
            (b, o, ratios) = Measurement.Compare(() => host.Run(ours + " -ThrottleLimit 1 | Measure-Object", variables), () =>
                host.Run(ours + " | Measure-Object", variables), settings.Repeat);
            report.Time($"same, 1 ms/page (CPU bound), id ranges with -ThrottleLimit 4", "one chain (-ThrottleLimit 1)", b, o, ratios, 0.95);
        }

        private static void CheckSameKeys(PowerShellHost host, Dictionary<string, object> variables, string baseline, string ours, int total, string what,
            List<string> failures)
        {
            var expected = host.Run(baseline + " | ForEach-Object key", variables).Select(k => k.ToString()).ToList();
            var actual = host.Run(ours + " | ForEach-Object key", variables).Select(k => k.ToString()).ToList();
            if (expected.Count != total
                || !expected.SequenceEqual(actual)) failures.Add($"{what}: {actual.Count} items (expected the baseline's {expected.Count}, in the same order)");
        }

        // 4. Many small GETs on loopback: Core's client vs a bare shared HttpClient, and the cmdlet vs Invoke-RestMethod.
        private static void Requests(Settings settings, LoopbackJira site, LoopbackJira nagleSite, PowerShellHost host, Report report)
        {
            // Against the Nagle server every request stalls on the client's delayed ACK (~40 ms), for any client: fewer requests say the same.
            foreach (var (server, label, count) in new[]
            {
                (site, "TCP_NODELAY server", settings.Smoke ? 50 : 2000),
                (nagleSite, "server without TCP_NODELAY, headers and body written apart", settings.Smoke ? 5 : 100),
            })
            {
                using (var bare = new HttpClient())
                using (var ours = new JiraClient(new JiraClientOptions
                {
                    ApiBaseUri = new Uri(server.Site), DefaultApiVersion = "2", Authorization = new AuthenticationHeaderValue("Bearer", "bench-token"),
                }))
                {
                    bare.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "bench-token");
                    var uri = new Uri(server.Site + "/rest/api/2/myself");
                    void Bare()
                    {
                        for (var i = 0; i < count; i++)
                        {
                            using (var response = bare.GetAsync(uri).GetAwaiter().GetResult())
                            {
                                response.EnsureSuccessStatusCode();
                                response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
                            }
                        }
                    }
                    void Ours()
                    {
                        for (var i = 0; i < count; i++) ours.SendAsync(new JiraRequest(HttpMethod.Get, "myself"),
                            CancellationToken.None).GetAwaiter().GetResult();
                    }
                    Bare();
                    Ours();
                    var (b, o, ratios) = Measurement.Compare(Bare, Ours, server == site ? settings.Repeat : Math.Min(settings.Repeat, 3));
                    report.TimeAtMost($"{count:#,0} GET /myself one after another, {label}", "bare shared HttpClient", b, o, ratios, 1.15);
                }
            }

            // The same loop over an in-memory transport: what each client itself costs per request, with no network to hide it.
            var canned = settings.Smoke ? 50 : 20_000;
            using (var bare = new HttpClient(new CannedTransport()))
            using (var ours = new JiraClient(new JiraClientOptions
            {
                ApiBaseUri = new Uri(site.Site), DefaultApiVersion = "2", Authorization = new AuthenticationHeaderValue("Bearer", "bench-token"),
                    Transport = new CannedTransport(),
            }))
            {
                var uri = new Uri(site.Site + "/rest/api/2/myself");
                void Bare()
                {
                    for (var i = 0; i < canned; i++)
                    {
                        using (var response = bare.GetAsync(uri).GetAwaiter().GetResult()) response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
                    }
                }
                void Ours()
                {
                    for (var i = 0; i < canned; i++) ours.SendAsync(new JiraRequest(HttpMethod.Get, "myself"), CancellationToken.None).GetAwaiter().GetResult();
                }
                Bare();
                Ours();
                var (b, o, ratios) = Measurement.Compare(Bare, Ours, settings.Repeat);
                var perRequest = (o.Elapsed.TotalMilliseconds - b.Elapsed.TotalMilliseconds) * 1000 / canned;
                report.Time($"{canned:#,0} requests to an in-memory transport (client cost only; ours adds {perRequest:0} µs per request)", "bare HttpClient",
                    b, o, ratios, null);
            }

            var variables = new Dictionary<string, object> { ["Count"] = settings.Smoke ? 20 : 2000 };
            var psCount = (int)variables["Count"];
            const string irm = "foreach ($i in 1..$Count) { $null = Invoke-RestMethod \"$Site/rest/api/2/myself\" -Headers $Headers }";
            const string cmdlet = "foreach ($i in 1..$Count) { $null = Invoke-JiraRestMethod myself }";
            var (ib, io, iratios) = Measurement.Compare(() => host.Run(irm, variables), () => host.Run(cmdlet, variables), Math.Min(settings.Repeat, 3));
            report.Time($"{psCount:#,0} GET /myself in PowerShell", "Invoke-RestMethod", ib, io, iratios, null);
        }

        // 5. Streaming 200,000 items must not need much more memory than 20,000: peak working set of separate processes.
        private static void Memory(Settings settings, LoopbackJira site, Report report, List<string> failures)
        {
            var small = settings.Smoke ? 200 : 20_000;
            var large = settings.Smoke ? 2_000 : 200_000;
            foreach (var (kind, label) in new[] { ("offset", "streaming"), ("ranges", "search/jql in id ranges (4 chains),") })
            {
                var smallPeak = RunPeakChild(site.Site, small, kind, failures);
                var largePeak = RunPeakChild(site.Site, large, kind, failures);
                if (smallPeak > 0 && largePeak > 0) report.Peak($"{label} {large:#,0} vs {small:#,0} items (-Paginate, peak working set)", smallPeak,
                    largePeak, 1.5);
            }
        }

        private static long RunPeakChild(string site, long total, string kind, List<string> failures)
        {
            var self = typeof(Program).Assembly.Location;
            var start = new ProcessStartInfo(Process.GetCurrentProcess().MainModule.FileName)
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            foreach (var arg in new[] { self, "--peak-child", site, total.ToString(CultureInfo.InvariantCulture), kind }) start.ArgumentList.Add(arg);
            using (var child = Process.Start(start))
            {
                var output = child.StandardOutput.ReadToEnd();
                var errors = child.StandardError.ReadToEnd();
                child.WaitForExit();
                var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("PEAK ", StringComparison.Ordinal));
                if (child.ExitCode != 0 || line == null)
                {
                    failures.Add($"peak child for {total} items failed: {output} {errors}");
                    return 0;
                }
                var parts = line.Trim().Split(' ');
                if (long.Parse(parts[3], CultureInfo.InvariantCulture) != total) failures.Add($"peak child streamed {parts[3]} items, expected {total}");
                return long.Parse(parts[1], CultureInfo.InvariantCulture);
            }
        }

        private static int PeakChild(string site, long total, string kind)
        {
            using (var host = new PowerShellHost(site))
            {
                var export = kind == "ranges"
                    ? "Invoke-JiraRestMethod \"sized/$Total/0/search/jql\" -Query @{ jql = 'project = KP'; maxResults = 100 } -Paginate"
                    : "Invoke-JiraRestMethod search -Query @{ total = $Total; maxResults = 100 } -Paginate";
                var count = host.Run(export + " | Measure-Object | ForEach-Object Count",
                    new Dictionary<string, object> { ["Total"] = total }).Single();
                using (var me = Process.GetCurrentProcess())
                {
                    me.Refresh();
                    Console.WriteLine($"PEAK {me.PeakWorkingSet64} COUNT {count}");
                }
            }
            return 0;
        }

        private static string LoadAverage()
        {
            try { return System.IO.File.ReadAllText("/proc/loadavg").Trim(); }
            catch (Exception) { return "unknown"; }
        }
    }
}
