using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Http;
using JiraAuth.Core.Tests.Support;
using JiraAuth.FakeJira;
using Xunit;

namespace JiraAuth.Core.Tests.Faults
{
    /// <summary>A connection replaced or removed while another runspace is using it: calls in flight finish, new ones are refused.</summary>
    public class ConnectionLifetimeTests : IClassFixture<CloudServerFixture>
    {
        private readonly FakeJiraServer _server;

        public ConnectionLifetimeTests(CloudServerFixture fixture)
        {
            _server = fixture.Server;
            _server.Faults.Clear();
        }

        private JiraClient Client() => new JiraClient(new JiraClientOptions
        {
            ApiBaseUri = _server.SiteUri,
            Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes(FakeAccounts.AdminEmail + ":" + FakeAccounts.AdminClassicToken))),
            Retry = RetryOptions.None,
        });

        [Fact]
        public async Task ACallInFlightOutlivesTheDisposalOfItsClient()
        {
            var answer = _server.Faults.EnqueueHeldAnswer("/rest/api/3/project/search", "{\"values\":[],\"isLast\":true}");
            var client = Client();
            var call = client.SendAsync(new JiraRequest(HttpMethod.Get, "project/search"), CancellationToken.None);
            try
            {
                Assert.True(await Task.WhenAny(answer.Arrived, Task.Delay(TimeSpan.FromSeconds(30))) == answer.Arrived,
                    "the request did not reach the fake within 30 s");
                client.Dispose(); // what Connect-JiraCloud -Name <same> in another runspace does to the old connection
                Assert.False(call.IsCompleted, "the call ended before the fake answered it");
            }
            finally
            {
                answer.Release();
            }

            Assert.Equal(200, (await call).StatusCode);
            var error = await Assert.ThrowsAsync<JiraConnectionClosedException>(() =>
                client.SendAsync(new JiraRequest(HttpMethod.Get, "myself"), CancellationToken.None));
            Assert.Contains("replaced by a new connection", error.Message);
            Assert.DoesNotContain("Object name", error.Message); // the remedy the module appends must follow the sentence
            Assert.Equal(RemedyKind.UseCurrentConnection, Remedies.Of(error).Kind);
        }

        [Fact]
        public async Task ALeaseHeldAcrossPagesKeepsTheClientUntilReleased()
        {
            var client = Client();
            var lease = client.Lease();
            client.Dispose();

            Assert.Equal(200, (await client.SendAsync(new JiraRequest(HttpMethod.Get, "myself"), CancellationToken.None)).StatusCode);
            lease.Dispose();
            lease.Dispose(); // a second release must not free a client someone else still holds
            Assert.Throws<JiraConnectionClosedException>(() => client.Lease());
        }
    }
}
