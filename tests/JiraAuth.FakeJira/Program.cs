using System;
using System.Threading;
using System.Threading.Tasks;

namespace JiraAuth.FakeJira
{
    public static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            FakeJiraOptions options;
            try
            {
                options = CommandLine.Parse(args);
            }
            catch (Exception ex) when (ex is ArgumentException || ex is FormatException)
            {
                Console.Error.WriteLine(ex.Message);
                Console.Error.WriteLine("Usage: --port N [--gateway-port M] [--datacenter] [--context-path /jira] [--captcha-threshold K] [--cloud-id ID] "
                    + "[--oauth-token-lifetime SECONDS] [--oauth-reuse-leeway SECONDS]");
                return 2;
            }

            await using FakeJiraServer server = await FakeJiraServer.StartAsync(options);
            Console.WriteLine($"Site: {server.SiteUrl}");
            if (server.GatewayUri != null)
            {
                Console.WriteLine($"Gateway: {server.GatewayUrl}");
                Console.WriteLine($"CloudId: {options.CloudId}");
                Console.WriteLine($"Auth: {server.AuthUrl}");
            }
            Console.WriteLine($"TlsSite: {server.TlsSiteUrl}");
            foreach (string line in AccountsTable.Lines(options.Deployment))
            {
                Console.WriteLine(line);
            }
            Console.Out.Flush();

            await WaitForShutdownAsync();
            return 0;
        }

        /// <summary>A parent process that pipes stdin stops us by closing it; an interactive user presses Ctrl+C.</summary>
        private static Task WaitForShutdownAsync()
        {
            var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                stop.TrySetResult();
            };
            AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.TrySetResult();
            if (Console.IsInputRedirected)
            {
                var reader = new Thread(() =>
                {
                    while (Console.In.ReadLine() != null) { }
                    stop.TrySetResult();
                }) { IsBackground = true, Name = "stdin-watch" };
                reader.Start();
            }
            return stop.Task;
        }
    }
}
