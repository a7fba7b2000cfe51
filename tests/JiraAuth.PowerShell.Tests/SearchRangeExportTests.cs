using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using JiraAuth.PowerShell.Tests.Support;
using Xunit;

namespace JiraAuth.PowerShell.Tests
{
    /// <summary>
    /// Invoke-JiraRestMethod search/jql -Paginate read as id ranges side by side, in the hosted engine against the fake Jira
    /// (400 issues, ids 10001–10400): GET and POST forms, verbose, progress shown and silenced, -First, a failing chain,
    /// Ctrl+C and -TimeoutSec.
    /// </summary>
    public sealed class SearchRangeExportTests : IClassFixture<PowerShellSession>
    {
        private static readonly IEnumerable<long> AllIds = Enumerable.Range(10001, 400).Select(i => (long)i);
        private readonly PowerShellSession _session;

        public SearchRangeExportTests(PowerShellSession session)
        {
            _session = session;
            _session.Reset();
            var search = _session.Cloud.Search;
            if (search.IssueIds().Count < 400) search.AddIssues(400 - search.IssueIds().Count);
            search.PageDelay = TimeSpan.Zero;
            search.BeforePage = null;
            _session.Cloud.Faults.Clear();
            _session.ConnectAdmin();
            _session.Cloud.Requests.Clear();
        }

        private static List<long> Ids(RunResult result) => result.Output.Select(o => long.Parse((string)Ps.Prop(o, "id"))).ToList();

        private int RangeRequests() =>
            _session.Cloud.Requests.Snapshot().Count(r => Uri.UnescapeDataString(r.Query + r.Body).Replace('+', ' ').Contains(") AND id "));

        [Fact]
        public void Get_export_writes_every_issue_once_in_ascending_id_with_progress_and_verbose()
        {
            var result = _session.Run("Invoke-JiraRestMethod search/jql -Query @{ jql = 'project = ABC'; fields = 'summary'; maxResults = 10 } -Paginate",
                verbose: true).AssertNoErrors();

            Assert.Equal(AllIds, Ids(result));
            Assert.All(result.Output, o => Assert.NotNull(Ps.Prop(o, "fields.summary")));
            Assert.Contains(result.Verbose, v => v.Message.StartsWith("search/jql: 16 id ranges (ids 10001 to 10400, about 400 issues), up to 4 at once"));
            Assert.True(RangeRequests() >= 40);
            var progress = result.Progress.Where(p => p.RecordType == ProgressRecordType.Processing).ToList();
            Assert.NotEmpty(progress);
            Assert.Contains(progress, p => p.StatusDescription.StartsWith("400 of about 400 issues; id ranges: "));
            Assert.All(progress, p => Assert.Matches(@"^[\d,]+ of about 400 issues; id ranges: \d+ fetched, \d+ fetching, \d+ waiting$", p.StatusDescription));
            Assert.Contains(result.Progress, p => p.RecordType == ProgressRecordType.Completed);
        }

        [Fact]
        public void Progress_preference_silences_the_progress_bar()
        {
            var result = _session.Run("$ProgressPreference = 'SilentlyContinue'; "
                + "Invoke-JiraRestMethod search/jql -Query @{ jql = 'project = ABC'; maxResults = 10 } -Paginate").AssertNoErrors();

            Assert.Equal(400, result.Output.Count);
            Assert.Empty(result.Progress);
        }

        [Fact]
        public void Post_export_with_order_by_id_desc_and_first()
        {
            var result = _session.Run("Invoke-JiraRestMethod search/jql -Method POST "
                + "-Body @{ jql = 'project = ABC ORDER BY id DESC'; maxResults = 10; fields = @('summary') } -Paginate -First 35").AssertNoErrors();

            Assert.Equal(AllIds.Reverse().Take(35), Ids(result));
            Assert.True(RangeRequests() > 0);
            Assert.All(_session.Cloud.Requests.Snapshot().Where(r => r.ApiPath.EndsWith("search/jql")), r => Assert.Equal("POST", r.Method));
        }

        [Fact]
        public void Another_order_keeps_one_chain_and_verbose_says_why()
        {
            var result = _session.Run("Invoke-JiraRestMethod search/jql -Query @{ jql = 'project = ABC ORDER BY created DESC'; maxResults = 50 } -Paginate",
                verbose: true).AssertNoErrors();

            Assert.Equal(400, result.Output.Count);
            Assert.Equal(0, RangeRequests());
            Assert.Contains(result.Verbose, v => v.Message.StartsWith("search/jql: one chain, because it orders by created, not id"));
        }

        [Fact]
        public void An_error_in_one_chain_ends_the_call_with_that_error()
        {
            var start = _session.Cloud.Search.PagesServed;
            _session.Cloud.Search.BeforePage = page =>
            {
                if (page == start + 9) _session.Cloud.Faults.Enqueue("/rest/api/3/search/jql", 400,
                    body: "{\"errorMessages\":[\"Planted failure in one range.\"],\"errors\":{}}", contentType: "application/json");
            };

            var result = _session.Run("Invoke-JiraRestMethod search/jql -Query @{ jql = 'project = ABC'; maxResults = 10 } -Paginate");

            Assert.Equal("JiraApi400,JiraAuth.Commands.InvokeJiraRestMethodCommand", result.SingleError.FullyQualifiedErrorId);
            Assert.Contains("Planted failure in one range.", result.SingleError.ToString());
            Assert.True(result.Output.Count < 400);
        }

        [Fact]
        public void Stopping_the_pipeline_stops_every_chain()
        {
            var search = _session.Cloud.Search;
            search.PageDelay = TimeSpan.FromMilliseconds(50);
            var before = search.PagesServed;

            var result = _session.RunAndStop("Invoke-JiraRestMethod search/jql -Query @{ jql = 'project = ABC'; maxResults = 10 } -Paginate",
                () => search.PagesServed - before >= 8, TimeSpan.FromSeconds(30));
            // Requests already on the wire may still land on a busy machine; after that, nothing more may arrive.
            System.Threading.Thread.Sleep(500);
            var served = search.PagesServed;
            System.Threading.Thread.Sleep(500);

            Assert.IsType<PipelineStoppedException>(result.Terminating);
            Assert.Equal(served, search.PagesServed);
            Assert.True(served - before < 40, (served - before) + " pages served");
        }

        [Fact]
        public void TimeoutSec_limits_the_whole_ranged_export()
        {
            _session.Cloud.Search.PageDelay = TimeSpan.FromMilliseconds(200);

            var result = _session.Run("Invoke-JiraRestMethod search/jql -Query @{ jql = 'project = ABC'; maxResults = 10 } -Paginate -TimeoutSec 1");

            Assert.Contains("-TimeoutSec (1 s)", result.SingleError.ToString());
            Assert.True(result.Output.Count < 400);
        }
    }
}
