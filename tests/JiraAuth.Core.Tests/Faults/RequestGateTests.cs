using System;
using System.Net.Http;
using System.Threading.Tasks;
using JiraAuth.Core.Tests.Support;
using JiraAuth.FakeJira;
using Xunit;

namespace JiraAuth.Core.Tests.Faults
{
    /// <summary>The fake's gate: a request is held, visibly, until the test opens it; a gate nobody opens never hangs a client for good.</summary>
    public class RequestGateTests : IClassFixture<CloudServerFixture>
    {
        private readonly FakeJiraServer _server;

        public RequestGateTests(CloudServerFixture fixture) => _server = fixture.Server;

        [Fact]
        public async Task A_held_request_is_answered_only_after_the_gate_opens()
        {
            var gate = _server.Gates.Hold("/rest/api/3/serverInfo");
            using (var http = new HttpClient { Timeout = TimeSpan.FromMinutes(1) })
            {
                var call = http.GetAsync(_server.SiteUrl + "/rest/api/3/serverInfo");
                var held = await gate.WaitForArrivalAsync(TimeSpan.FromSeconds(30));

                Assert.Equal("/rest/api/3/serverInfo", held.ApiPath);
                Assert.False(call.IsCompleted, "answered while held");
                using (await http.GetAsync(_server.SiteUrl + "/rest/api/3/serverInfo")) { } // a gate holds one request: the next one is answered
                Assert.False(call.IsCompleted, "answered while held");

                gate.Open();
                using (var response = await call) Assert.Equal("/rest/api/3/serverInfo", response.RequestMessage.RequestUri.AbsolutePath);
            }
        }

        [Fact]
        public async Task Waiting_for_a_request_that_never_comes_fails_naming_the_path()
        {
            var gate = _server.Gates.Hold("/rest/api/3/never-asked");
            var error = await Assert.ThrowsAsync<TimeoutException>(() => gate.WaitForArrivalAsync(TimeSpan.FromMilliseconds(50)));
            Assert.Contains("/rest/api/3/never-asked", error.Message);
            Assert.Throws<TimeoutException>(() => gate.WaitForArrival(TimeSpan.FromMilliseconds(50)));
            gate.Open();
        }

        [Fact]
        public async Task A_gate_nobody_opens_lets_the_request_go_after_its_hold_limit()
        {
            var gate = _server.Gates.Hold("/rest/api/3/serverInfo", holdLimit: TimeSpan.FromMilliseconds(200));
            using (var http = new HttpClient { Timeout = TimeSpan.FromMinutes(1) })
            using (await http.GetAsync(_server.SiteUrl + "/rest/api/3/serverInfo"))
            {
            }
            Assert.True(gate.Arrived.IsCompleted);
            Assert.False(gate.IsOpen);
        }
    }
}
