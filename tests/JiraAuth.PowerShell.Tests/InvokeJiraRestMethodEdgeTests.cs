using System.Collections.Generic;
using System.Collections.Specialized;
using System.Linq;
using System.Management.Automation;
using JiraAuth.PowerShell.Tests.Support;
using Xunit;

namespace JiraAuth.PowerShell.Tests
{
    /// <summary>Responses scripted through the fake's fault queue: key case conflicts, rate limits, cross-origin redirects.</summary>
    public sealed class InvokeJiraRestMethodEdgeTests : IClassFixture<PowerShellSession>
    {
        private const string FullyQualified = ",JiraAuth.Commands.InvokeJiraRestMethodCommand";
        private readonly PowerShellSession _session;

        public InvokeJiraRestMethodEdgeTests(PowerShellSession session)
        {
            _session = session;
            _session.Cloud.Faults.Clear();
            _session.Reset();
            _session.ConnectAdmin();
            _session.Cloud.Requests.Clear();
        }

        [Fact]
        public void Keys_differing_only_by_case_fail_with_JsonKeyConflict_and_work_as_Hashtable()
        {
            _session.Cloud.Faults.Enqueue("/rest/api/3/test/echo", 200, body: "{\"Name\":\"a\",\"name\":\"b\"}", contentType: "application/json", times: 2);

            var error = _session.Run("Invoke-JiraRestMethod test/echo").SingleError;
            Assert.Equal("JiraJsonKeyConflict" + FullyQualified, error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
            Assert.Contains("-OutputType Hashtable", error.ErrorDetails.RecommendedAction);

            var table = Assert.IsType<OrderedDictionary>(_session.Run("Invoke-JiraRestMethod test/echo -OutputType "
                + "Hashtable").AssertNoErrors().Single.BaseObject);
            Assert.Equal(new object[] { "Name", "name" }, table.Keys.Cast<object>());
        }

        [Fact]
        public void Rate_limited_GET_is_retried_after_Retry_After_and_says_so_in_verbose()
        {
            _session.Cloud.Faults.Enqueue("/rest/api/3/myself", 429, new Dictionary<string, string> { ["Retry-After"] = "1" }, "{}", "application/json");

            var result = _session.Run("Invoke-JiraRestMethod myself", verbose: true).AssertNoErrors();
            Assert.Equal("Alice Admin", Ps.Prop(result.Single, "displayName"));
            Assert.Equal(2, _session.Cloud.Requests.Snapshot().Count(r => r.Path == "/rest/api/3/myself"));
            Assert.Contains(result.Warnings.Select(w => w.Message).Concat(result.Verbose.Select(v => v.Message)), m =>
                m.StartsWith("Retry 1 of GET " + _session.Cloud.SiteUrl + "/rest/api/3/myself"));
        }

        [Fact]
        public void Redirect_to_another_origin_is_followed_without_the_credential()
        {
            var error = _session.Run("Invoke-JiraRestMethod test/redirect -Query @{ to = $Other }",
                new System.Collections.Hashtable { ["Other"] = _session.DataCenter.SiteUrl + "/rest/api/2/myself" }).SingleError;
            // The other origin saw no Authorization header, so it answered 401 (reported with its status and message).
            var followed = Assert.Single(_session.DataCenter.Requests.Snapshot());
            Assert.Null(followed.Header("Authorization"));
            Assert.Equal("JiraApi401" + FullyQualified, error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
        }

        [Fact]
        public void Disconnected_connection_object_is_refused()
        {
            var result = _session.Run("$c = Get-JiraConnection default; Disconnect-JiraCloud -Name default; Invoke-JiraRestMethod myself -Connection $c");
            var error = result.SingleError;
            // Refused while binding -Connection (PowerShell's own error id), with a message that says what to do.
            Assert.Equal("ParameterArgumentTransformationError" + FullyQualified, error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
            Assert.Contains("closed by Disconnect-JiraCloud", error.Exception.Message);
            Assert.Empty(_session.Cloud.Requests.Snapshot());
        }

        [Fact]
        public void Without_any_connection_the_error_names_the_path_and_says_to_connect()
        {
            _session.Run("Disconnect-JiraCloud -All").AssertNoErrors();

            var error = _session.Run("Invoke-JiraRestMethod myself").SingleError;
            Assert.Equal("JiraConnectionNotFound" + FullyQualified, error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
            Assert.Equal("myself", error.TargetObject);
            Assert.Equal("There is no Jira connection in this session. Run Connect-JiraCloud first (or pass -Connection).", error.Exception.Message);
            Assert.Equal("Run Connect-JiraCloud first, or pass -Connection.", error.ErrorDetails.RecommendedAction);
        }

        [Fact]
        public void An_unknown_connection_name_is_refused_with_the_names_that_exist()
        {
            var error = _session.Run("Invoke-JiraRestMethod myself -Connection nosuch").SingleError;
            Assert.Equal("ParameterArgumentTransformationError" + FullyQualified, error.FullyQualifiedErrorId);
            Assert.Contains("There is no Jira connection named 'nosuch' in this session (known: default). Run Connect-JiraCloud -Name nosuch first.",
                error.Exception.Message);
            Assert.Empty(_session.Cloud.Requests.Snapshot());
        }
    }
}
