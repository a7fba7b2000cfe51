using System;
using System.Collections.Specialized;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Numerics;
using JiraAuth.FakeJira;
using JiraAuth.PowerShell.Tests.Support;
using Xunit;

namespace JiraAuth.PowerShell.Tests
{
    public sealed class InvokeJiraRestMethodTests : IClassFixture<PowerShellSession>
    {
        private const string FullyQualified = ",JiraAuth.Commands.InvokeJiraRestMethodCommand";
        private readonly PowerShellSession _session;

        public InvokeJiraRestMethodTests(PowerShellSession session)
        {
            _session = session;
            _session.Reset();
            _session.ConnectAdmin();
            _session.Cloud.Requests.Clear();
        }

        [Fact]
        public void Myself_is_a_PSCustomObject_of_the_connected_account()
        {
            var myself = _session.Run("Invoke-JiraRestMethod myself").AssertNoErrors().Single;
            Assert.IsType<PSCustomObject>(myself.BaseObject);
            Assert.Equal(FakeAccounts.AdminAccountId, Ps.Prop(myself, "accountId"));
            Assert.Equal(FakeAccounts.AdminDisplayName, Ps.Prop(myself, "displayName"));
            Assert.Equal("/rest/api/3/myself", _session.Cloud.Requests.Last.Path);
        }

        [Fact]
        public void Values_have_ConvertFrom_Json_types()
        {
            var issue = _session.Run("Invoke-JiraRestMethod issue/ABC-1 -Query @{ fields = 'created,labels,customfield_10010,customfield_10011' "
                + "}").AssertNoErrors().Single;

            Assert.Equal("fields=created%2Clabels%2Ccustomfield_10010%2Ccustomfield_10011", _session.Cloud.Requests.Last.Query.TrimStart('?'));
            Assert.IsType<PSCustomObject>(Assert.IsType<PSObject>(Ps.Prop(issue, "fields")).BaseObject);
            Assert.IsType<DateTime>(Ps.Prop(issue, "fields.created"));
            Assert.Equal(0.5, Assert.IsType<double>(Ps.Prop(issue, "fields.customfield_10010")));
            Assert.Equal(BigInteger.Parse("12345678901234567890"), Assert.IsType<BigInteger>(Ps.Prop(issue, "fields.customfield_10011")));
            var labels = Assert.IsType<object[]>(Ps.Prop(issue, "fields.labels"));
            Assert.Equal(new object[] { "fake", "batch-1" }, labels.Select(Ps.Unwrap));
            Assert.Equal(new[] { "created", "labels", "customfield_10010", "customfield_10011" }.OrderBy(n => n),
                Ps.Names((PSObject)issue.Properties["fields"].Value).OrderBy(n => n));

            var page = _session.Run("Invoke-JiraRestMethod project/search").AssertNoErrors().Single;
            Assert.Equal(123L, Assert.IsType<long>(Ps.Prop(page, "total")));
            Assert.IsType<bool>(Ps.Prop(page, "isLast"));
            Assert.IsType<object[]>(Ps.Prop(page, "values"));
        }

        [Fact]
        public void Paginate_writes_every_project_one_by_one_as_pages_arrive()
        {
            // $Fake is the server itself: the request count seen by each item shows pages are fetched while items flow.
            var result = _session.Run(
                // 13 pages of 10: more than the pages fetched ahead (-ThrottleLimit 4), so the first item must come before the last page.
                "Invoke-JiraRestMethod project/search -Query @{ maxResults = 10 } -Paginate | ForEach-Object { [pscustomobject]@{ Id = $_.id; Type = "
                    + "$_.GetType().Name; Requests = $Fake.Requests.Count } }",
                new System.Collections.Hashtable { ["Fake"] = _session.Cloud }).AssertNoErrors();

            Assert.Equal(123, result.Output.Count);
            Assert.All(result.Output, o => Assert.Equal("PSCustomObject", Ps.Prop(o, "Type")));
            Assert.Equal(123, result.Output.Select(o => Ps.Prop(o, "Id")).Distinct().Count());
            var pages = _session.Cloud.Requests.Count;
            Assert.True(pages > 1, "pages: " + pages);
            Assert.True((int)Ps.Prop(result.Output[0], "Requests") < pages, "the first item came only after every page was read");
        }

        [Fact]
        public void Paginate_fetches_startAt_pages_in_parallel_and_writes_them_in_order()
        {
            var sequential = _session.Run("Invoke-JiraRestMethod project/search -Query @{ maxResults = 10 } -Paginate -ThrottleLimit 1 | ForEach-Object "
                + "id").AssertNoErrors().Output;
            _session.Cloud.Requests.Clear();
            var parallel = _session.Run("Invoke-JiraRestMethod project/search -Query @{ maxResults = 10 } -Paginate -ThrottleLimit 6 | ForEach-Object "
                + "id").AssertNoErrors().Output;

            Assert.Equal(123, parallel.Count);
            Assert.Equal(sequential.Select(o => o.BaseObject), parallel.Select(o => o.BaseObject));
            var startAts = _session.Cloud.Requests.Snapshot().Select(r => r.Query).ToList();
            Assert.Equal(13, startAts.Count);
            Assert.Equal(13, startAts.Distinct().Count());
        }

        [Fact]
        public void ThrottleLimit_outside_1_to_32_is_refused()
        {
            var error = _session.Run("Invoke-JiraRestMethod project/search -Paginate -ThrottleLimit 0").SingleError;
            Assert.Contains("ThrottleLimit", error.FullyQualifiedErrorId + error.Exception.Message);
        }

        [Fact]
        public void Paginate_search_jql_follows_nextPageToken_with_the_query()
        {
            var result = _session.Run("Invoke-JiraRestMethod search/jql -Query @{ jql = 'project = ABC'; fields = 'summary' } -Paginate").AssertNoErrors();

            Assert.Equal(137, result.Output.Count);
            Assert.Equal(137, result.Output.Select(o => Ps.Prop(o, "id")).Distinct().Count());
            Assert.All(result.Output, o => Assert.StartsWith("Generated issue number ", (string)Ps.Prop(o, "fields.summary")));
            Assert.Contains(_session.Cloud.Requests.Snapshot(), r => r.Query.Contains("nextPageToken="));
        }

        [Fact]
        public void First_and_Skip_count_items_not_pages()
        {
            var all = _session.Run("Invoke-JiraRestMethod project/search -Paginate").AssertNoErrors().Output;
            var some = _session.Run("Invoke-JiraRestMethod project/search -Paginate -Skip 55 -First 60").AssertNoErrors().Output;

            Assert.Equal(60, some.Count);
            Assert.Equal(Ps.Prop(all[55], "id"), Ps.Prop(some[0], "id"));
            Assert.Equal(Ps.Prop(all[114], "id"), Ps.Prop(some[59], "id"));
        }

        [Fact]
        public void OutputType_Hashtable_and_Json()
        {
            var table = _session.Run("Invoke-JiraRestMethod myself -OutputType Hashtable").AssertNoErrors().Single;
            var dictionary = Assert.IsType<OrderedDictionary>(table.BaseObject);
            Assert.Equal(FakeAccounts.AdminAccountId, dictionary["accountId"]);

            var json = _session.Run("Invoke-JiraRestMethod myself -OutputType Json").AssertNoErrors().Single;
            var text = Assert.IsType<string>(json.BaseObject);
            Assert.Contains("\"accountId\":", text);
            Assert.Contains(FakeAccounts.AdminAccountId, text);

            var items = _session.Run("Invoke-JiraRestMethod project/search -Paginate -First 3 -OutputType Json").AssertNoErrors().Output;
            Assert.Equal(3, items.Count);
            Assert.All(items, i => Assert.StartsWith("{", Assert.IsType<string>(i.BaseObject)));
        }

        [Fact]
        public void Not_found_is_JiraApi404_ObjectNotFound_with_Jiras_message()
        {
            var result = _session.Run("Invoke-JiraRestMethod issue/NOPE-999; 'after'");

            var error = result.SingleError;
            Assert.Equal("JiraApi404" + FullyQualified, error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
            Assert.Contains("Issue does not exist or you do not have permission to see it.", error.Exception.Message);
            Assert.EndsWith("/rest/api/3/issue/NOPE-999", error.TargetObject.ToString());
            Assert.False(string.IsNullOrEmpty(error.ErrorDetails?.RecommendedAction));
            // Statement-terminating, like Invoke-RestMethod: the script goes on.
            Assert.Equal("after", result.Single.ToString());
        }

        [Fact]
        public void Bad_request_carries_the_field_errors()
        {
            var error = _session.Run("Invoke-JiraRestMethod issue -Method POST -Body @{ fields = @{ project = @{ key = 'ABC' } } }").SingleError;
            Assert.Equal("JiraApi400" + FullyQualified, error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Contains("summary", error.Exception.Message);
        }

        [Fact]
        public void SkipHttpErrorCheck_returns_the_error_body_and_the_status()
        {
            var result = _session.Run("$body = Invoke-JiraRestMethod issue/NOPE-999 -SkipHttpErrorCheck -StatusCodeVariable code; $body; "
                + "$code").AssertNoErrors();
            Assert.Equal(2, result.Output.Count);
            var messages = Assert.IsType<object[]>(Ps.Prop(result.Output[0], "errorMessages"));
            Assert.Equal("Issue does not exist or you do not have permission to see it.", Ps.Unwrap(messages.Single()));
            Assert.Equal(404, Ps.Unwrap(result.Output[1]));
        }

        [Fact]
        public void InFile_upload_and_OutFile_download_round_trip()
        {
            var folder = Directory.CreateTempSubdirectory("jiraauth-ps-");
            try
            {
                var source = Path.Combine(folder.FullName, "upload.bin");
                var target = Path.Combine(folder.FullName, "download.bin");
                var bytes = Enumerable.Range(0, 10240).Select(i => (byte)(i % 256)).ToArray();
                File.WriteAllBytes(source, bytes);

                var attachment = _session.Run("Invoke-JiraRestMethod issue/ABC-1/attachments -InFile $Source",
                    new System.Collections.Hashtable { ["Source"] = source }).AssertNoErrors().Single;
                var item = attachment.BaseObject is object[] array ? PSObject.AsPSObject(array.Single()) : attachment;
                Assert.Equal("upload.bin", Ps.Prop(item, "filename"));
                var upload = _session.Cloud.Requests.Snapshot().Single(r => r.Method == "POST");
                Assert.Equal("no-check", upload.Header("X-Atlassian-Token"));
                Assert.StartsWith("multipart/form-data", upload.Header("Content-Type"));

                var download = _session.Run("Invoke-JiraRestMethod \"attachment/content/$Id\" -OutFile $Target -StatusCodeVariable status; $status",
                    new System.Collections.Hashtable { ["Id"] = Ps.Prop(item, "id"), ["Target"] = target }).AssertNoErrors();
                Assert.Equal(200, Ps.Unwrap(download.Single));
                Assert.Equal(bytes, File.ReadAllBytes(target));
            }
            finally
            {
                folder.Delete(recursive: true);
            }
        }

        [Fact]
        public void Custom_Authorization_header_is_rejected_before_sending()
        {
            var result = _session.Run("Invoke-JiraRestMethod myself -Headers @{ Authorization = 'x' }");
            var error = result.SingleError;
            Assert.Equal("JiraInvalidArgument" + FullyQualified, error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Contains("Authorization", error.Exception.Message);
            Assert.Empty(_session.Cloud.Requests.Snapshot());
        }

        [Fact]
        public void Connection_by_name_picks_that_connection()
        {
            _session.Run("Connect-JiraCloud -Site $Site -PersonalAccessToken $Pat -Name dc -AllowUnencryptedAuthentication",
                new System.Collections.Hashtable { ["Site"] = _session.DataCenter.SiteUrl, ["Pat"] = Ps.Secure(FakeAccounts.DcPat) }).AssertNoErrors();

            Assert.Equal(FakeAccounts.DcUsername, Ps.Prop(_session.Run("Invoke-JiraRestMethod myself -Connection dc").AssertNoErrors().Single, "name"));
            Assert.Equal(FakeAccounts.AdminAccountId, Ps.Prop(_session.Run("Invoke-JiraRestMethod myself").AssertNoErrors().Single, "accountId"));

            var missing = _session.Run("Invoke-JiraRestMethod myself -Connection nope").SingleError;
            Assert.Contains("nope", missing.ToString());
        }
    }

    /// <summary>Tests that add issues, apart so that the read tests can count the fake's 137 issues.</summary>
    public sealed class InvokeJiraRestMethodWriteTests : IClassFixture<PowerShellSession>
    {
        private readonly PowerShellSession _session;

        public InvokeJiraRestMethodWriteTests(PowerShellSession session)
        {
            _session = session;
            _session.Reset();
            _session.ConnectAdmin();
            _session.Cloud.Requests.Clear();
        }

        [Fact]
        public void POST_with_a_hashtable_body_creates_an_issue()
        {
            var result = _session.Run(
                "$created = Invoke-JiraRestMethod issue -Method POST -Body @{ fields = @{ project = @{ key = 'ABC' }; summary = 'Created from xunit'; "
                    + "issuetype = @{ name = 'Task' } } } -StatusCodeVariable status -ResponseHeadersVariable headers\n" +
                "$created; $status; $headers['Content-Type']").AssertNoErrors();

            Assert.Equal(3, result.Output.Count);
            Assert.StartsWith("ABC-", (string)Ps.Prop(result.Output[0], "key"));
            Assert.Equal(201, Ps.Unwrap(result.Output[1]));
            Assert.Contains("json", result.Output[2].ToString());
            var post = _session.Cloud.Requests.Snapshot().Single(r => r.Method == "POST");
            Assert.Contains("\"summary\":\"Created from xunit\"", post.Body);
            Assert.StartsWith("application/json", post.Header("Content-Type"));

            var summary = _session.Run("(Invoke-JiraRestMethod \"issue/$Key\").fields.summary",
                new System.Collections.Hashtable { ["Key"] = Ps.Prop(result.Output[0], "key") }).AssertNoErrors().Single;
            Assert.Equal("Created from xunit", summary.ToString());
        }

        [Fact]
        public void A_failed_download_keeps_the_file_that_was_there()
        {
            _session.ConnectAdmin();
            var target = Path.Combine(Path.GetTempPath(), "jiraauth-" + Guid.NewGuid().ToString("N") + ".bin");
            File.WriteAllText(target, "previous copy");
            try
            {
                var failed = _session.Run("Invoke-JiraRestMethod attachment/content/999999 -OutFile $Target",
                    new System.Collections.Hashtable { ["Target"] = target });
                Assert.Equal("JiraApi404", failed.Terminating?.ErrorRecord.FullyQualifiedErrorId.Split(',')[0]
                    ?? failed.SingleError.FullyQualifiedErrorId.Split(',')[0]);

                var skipped = _session.Run("Invoke-JiraRestMethod attachment/content/999999 -OutFile $Target -SkipHttpErrorCheck -StatusCodeVariable "
                    + "status; $status",
                    new System.Collections.Hashtable { ["Target"] = target });
                Assert.Equal(404, Ps.Unwrap(skipped.Single));
                Assert.Contains(skipped.Warnings, w => w.Message.Contains("Nothing was saved"));

                Assert.Equal("previous copy", File.ReadAllText(target));
                Assert.False(File.Exists(target + ".partial"));
            }
            finally
            {
                File.Delete(target);
            }
        }

        [Fact]
        public void Paginate_sets_the_status_and_header_variables()
        {
            _session.ConnectAdmin();

            var result = _session.Run("$items = Invoke-JiraRestMethod project/search -Paginate -StatusCodeVariable code -ResponseHeadersVariable headers; "
                + "$items.Count; $code; $headers['Content-Type']").AssertNoErrors();

            Assert.Equal(123, Convert.ToInt32(Ps.Unwrap(result.Output[0])));
            Assert.Equal(200, Ps.Unwrap(result.Output[1]));
            Assert.Contains("json", result.Output[2].ToString());
        }
    }
}
