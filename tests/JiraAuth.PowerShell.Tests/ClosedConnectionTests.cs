using System;
using System.Linq;
using System.Management.Automation;
using JiraAuth.PowerShell.Tests.Support;
using Xunit;

namespace JiraAuth.PowerShell.Tests
{
    /// <summary>A connection closed by another runspace while a pipeline is using it: the call in flight ends, the next is refused.</summary>
    public sealed class ClosedConnectionTests : IClassFixture<PowerShellSession>
    {
        private readonly PowerShellSession _session;

        public ClosedConnectionTests(PowerShellSession session)
        {
            _session = session;
            _session.Cloud.Faults.Clear();
            _session.Reset();
        }

        [Fact]
        public void Disconnecting_while_a_pipeline_runs_fails_its_next_call_with_JiraConnectionNotFound_and_the_remedy()
        {
            _session.ConnectAdmin("shared");
            var answer = _session.Cloud.Faults.EnqueueHeldAnswer("/rest/api/3/test/echo", "{\"first\":true}");

            // -Connection is bound once; each piped body is one call on that connection.
            using (var b = OtherRunspace.Start("@{ n = 1 }, @{ n = 2 } | Invoke-JiraRestMethod test/echo -Method POST -Connection shared"))
            {
                Assert.True(answer.Arrived.Wait(TimeSpan.FromSeconds(60)), "Runspace B's first request did not reach the fake within 60 s.");
                _session.Run("Disconnect-JiraCloud -Name shared").AssertNoErrors();
                answer.Release();
                Assert.True(b.Run.Wait(TimeSpan.FromSeconds(60)), "Runspace B's pipeline did not end within 60 s of the answer.");

                var result = b.Run.Result;
                Assert.True((bool)Ps.Prop(result.Single, "first")); // the call in flight finished on the closed connection
                var error = result.SingleError;
                Assert.Equal("JiraConnectionNotFound", error.FullyQualifiedErrorId.Split(',')[0]);
                Assert.Equal(ErrorCategory.ResourceUnavailable, error.CategoryInfo.Category);
                Assert.Equal("This connection was closed: it was disconnected, or replaced by a new connection with the same name.",
                    error.Exception.Message);
                Assert.Equal("Use the current connection (Get-JiraConnection), or connect again with Connect-JiraCloud.", error.ErrorDetails.RecommendedAction);
                Assert.Equal(error.Exception.Message + " " + error.ErrorDetails.RecommendedAction, error.ErrorDetails.Message);
                // The second body was never sent.
                Assert.Single(_session.Cloud.Requests.Snapshot().Where(r => r.Path == "/rest/api/3/test/echo"));
            }
        }
    }
}
