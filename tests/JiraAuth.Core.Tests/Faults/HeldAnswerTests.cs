using System;
using System.Net.Http;
using System.Threading.Tasks;
using JiraAuth.Core.Tests.Support;
using JiraAuth.FakeJira;
using Xunit;

namespace JiraAuth.Core.Tests.Faults
{
    /// <summary>The fake's held answer, which tests use to act while a call is provably in flight: nothing is sent before the release.</summary>
    public class HeldAnswerTests : IClassFixture<CloudServerFixture>
    {
        private readonly FakeJiraServer _server;

        public HeldAnswerTests(CloudServerFixture fixture)
        {
            _server = fixture.Server;
            _server.Faults.Clear();
        }

        [Fact]
        public async Task A_held_answer_is_sent_only_after_its_release_and_holds_one_request()
        {
            var answer = _server.Faults.EnqueueHeldAnswer("/rest/api/3/test/echo", "{\"held\":true}");
            using (var http = new HttpClient { Timeout = TimeSpan.FromMinutes(1) })
            {
                var call = http.GetStringAsync(_server.SiteUrl + "/rest/api/3/test/echo");
                Assert.True(await Task.WhenAny(answer.Arrived, Task.Delay(TimeSpan.FromSeconds(30))) == answer.Arrived, "the request did not arrive in 30 s");
                Assert.False(call.IsCompleted, "answered while held");
                using (var next = await http.GetAsync(_server.SiteUrl + "/rest/api/3/test/echo")) // the next request is answered as usual
                {
                    Assert.NotEqual("{\"held\":true}", await next.Content.ReadAsStringAsync());
                }
                Assert.False(call.IsCompleted, "answered while held");

                answer.Release();
                Assert.Equal("{\"held\":true}", await call);
            }
        }
    }
}
