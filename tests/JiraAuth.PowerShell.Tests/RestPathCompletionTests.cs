using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.PowerShell.Tests.Support;
using Xunit;

namespace JiraAuth.PowerShell.Tests
{
    /// <summary>-Path completion through TabExpansion2, as a user pressing Tab gets it, and its refresh from a local server.</summary>
    public sealed class RestPathCompletionTests : IClassFixture<PowerShellSession>
    {
        private readonly PowerShellSession _session;

        public RestPathCompletionTests(PowerShellSession session)
        {
            _session = session;
        }

        private string[] Complete(string line) =>
            _session.Run("(TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches | ForEach-Object { $_.CompletionText }",
                new System.Collections.Generic.Dictionary<string, object> { ["Line"] = line }).AssertNoErrors().Output.Select(o => o.ToString()).ToArray();

        [Fact]
        public void Path_completes_relative_platform_paths_with_quoted_placeholders()
        {
            var matches = Complete("Invoke-JiraRestMethod -Path issue/");
            Assert.Contains("'issue/{issueIdOrKey}'", matches);
            Assert.Contains("'issue/{issueIdOrKey}/comment'", matches);
            Assert.All(matches, m => Assert.StartsWith("issue/", m.Trim('\'')));
        }

        [Fact]
        public void Method_narrows_the_paths()
        {
            Assert.Contains("myself", Complete("Invoke-JiraRestMethod -Path mysel"));
            Assert.DoesNotContain("myself", Complete("Invoke-JiraRestMethod -Method POST -Path mysel"));
            var delete = Complete("Invoke-JiraRestMethod -Method DELETE -Path issue/");
            Assert.Contains("'issue/{issueIdOrKey}'", delete);
            Assert.DoesNotContain("issue/bulk", delete.Select(m => m.Trim('\'')));
        }

        [Fact]
        public void Full_paths_complete_other_APIs()
        {
            var matches = Complete("Invoke-JiraRestMethod /rest/agile/1.0/boa");
            Assert.Contains("/rest/agile/1.0/board", matches);
            Assert.Contains("'/rest/agile/1.0/board/{boardId}'", matches);
        }

        [Fact]
        public Task Update_JiraRestPathIndex_replaces_the_index_from_the_given_documents_and_a_failure_keeps_it() =>
            WithDocumentServerAsync((prefix, dataHome) =>
            {
                var result = _session.Run("Update-JiraRestPathIndex -Uri $Doc", new System.Collections.Generic.Dictionary<string,
                    object> { ["Doc"] = prefix + "openapi.json" }).AssertNoErrors().Single;
                Assert.Equal(2, (int)Ps.Prop(result, "PathCount"));
                Assert.Equal(Path.Combine(dataHome, "JiraAuth", "rest-paths.txt"), (string)Ps.Prop(result, "Path"));
                Assert.Equal(new[] { "'widgets/{widgetId}'" }, Complete("Invoke-JiraRestMethod -Method DELETE -Path wid"));
                Assert.Empty(Complete("Invoke-JiraRestMethod -Path myself"));

                var failed = _session.Run("Update-JiraRestPathIndex -Uri $Doc", new System.Collections.Generic.Dictionary<string,
                    object> { ["Doc"] = prefix + "missing.json" });
                Assert.Equal("JiraRestPathIndexNotUpdated,JiraAuth.Commands.UpdateJiraRestPathIndexCommand", failed.SingleError.FullyQualifiedErrorId);
                Assert.Contains("'widgets/{widgetId}'", Complete("Invoke-JiraRestMethod -Path wid"));

                File.Delete(Path.Combine(dataHome, "JiraAuth", "rest-paths.txt"));
                Assert.Contains("myself", Complete("Invoke-JiraRestMethod -Path mysel"));
                return Task.CompletedTask;
            });

        [Fact]
        public Task Update_JiraRestPathIndex_downloads_through_the_given_proxy_with_its_credentials_and_shows_the_request() =>
            WithDocumentServerAsync(async (prefix, _) =>
            {
                const string proxyPassword = "proxy-Secret-7q";
                await using var proxy = new JiraAuth.FakeJira.AuthenticatingProxy("proxy-user", proxyPassword);
                var result = _session.Run("Update-JiraRestPathIndex -Uri $Doc -Proxy $Proxy -ProxyCredential $ProxyCredential",
                    new System.Collections.Generic.Dictionary<string, object>
                    {
                        ["Doc"] = prefix + "openapi.json",
                        ["Proxy"] = proxy.Address,
                        ["ProxyCredential"] = Ps.Credential("proxy-user", proxyPassword),
                    }, verbose: true).AssertNoErrors();

                Assert.Equal(2, (int)Ps.Prop(result.Single, "PathCount"));
                Assert.True(proxy.Challenges >= 1, "the proxy never asked for its credentials");
                Assert.Contains(proxy.Forwarded, r => r.StartsWith("GET " + prefix + "openapi.json"));
                Assert.Contains(result.Verbose, v => v.Message.StartsWith("GET ") && v.Message.Contains("/openapi.json -> 200"));
                Assert.DoesNotContain(result.VisibleText(), t => t.Contains(proxyPassword));
            });

        /// <summary>Runs <paramref name="test"/> with a local server for the documents and a throw-away user data folder (XDG_DATA_HOME).</summary>
        private static async Task WithDocumentServerAsync(Func<string, string, Task> test)
        {
            var dataHome = Path.Combine(Path.GetTempPath(), "jiraauth-xdg-" + Guid.NewGuid().ToString("N"));
            var previous = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
            using var listener = StartServer(out var prefix);
            var serving = ServeAsync(listener);
            try
            {
                Environment.SetEnvironmentVariable("XDG_DATA_HOME", dataHome);
                await test(prefix, dataHome);
            }
            finally
            {
                Environment.SetEnvironmentVariable("XDG_DATA_HOME", previous);
                listener.Stop();
                try { await serving; } catch (Exception) { }
                if (Directory.Exists(dataHome)) Directory.Delete(dataHome, true);
            }
        }

        [Fact]
        public void Update_JiraRestPathIndex_refuses_both_proxy_credential_kinds_before_downloading()
        {
            var failed = _session.Run("Update-JiraRestPathIndex -Uri http://127.0.0.1:9/openapi.json -Proxy http://127.0.0.1:9 "
                + "-ProxyCredential $ProxyCredential -ProxyUseDefaultCredentials",
                new System.Collections.Generic.Dictionary<string, object> { ["ProxyCredential"] = Ps.Credential("proxy-user", "pw") });

            Assert.StartsWith("JiraInvalidArgument,", failed.SingleError.FullyQualifiedErrorId);
            Assert.Contains("Use either -ProxyCredential or -ProxyUseDefaultCredentials, not both.", failed.SingleError.Exception.Message);
        }

        private const string Document =
            "{\"openapi\":\"3.0.1\",\"paths\":{\"/rest/api/3/widgets\":{\"get\":{},\"post\":{}},"
                + "\"/rest/api/3/widgets/{widgetId}\":{\"delete\":{},\"parameters\":[]}}}";

        private static HttpListener StartServer(out string prefix)
        {
            for (var attempt = 0; ; attempt++)
            {
                var port = new Random().Next(20000, 60000);
                prefix = $"http://127.0.0.1:{port}/";
                var listener = new HttpListener();
                listener.Prefixes.Add(prefix);
                try { listener.Start(); return listener; }
                catch (HttpListenerException) when (attempt < 10) { listener.Close(); }
            }
        }

        private static async Task ServeAsync(HttpListener listener)
        {
            while (listener.IsListening)
            {
                var context = await listener.GetContextAsync();
                var found = context.Request.Url.AbsolutePath == "/openapi.json";
                context.Response.StatusCode = found ? 200 : 404;
                var body = System.Text.Encoding.UTF8.GetBytes(found ? Document : "not here");
                await context.Response.OutputStream.WriteAsync(body, 0, body.Length);
                context.Response.Close();
            }
        }
    }
}
