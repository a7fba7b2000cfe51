using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Http;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Sites;
using JiraAuth.Core.Tests.Support;
using JiraAuth.FakeJira;
using Xunit;

namespace JiraAuth.Core.Tests.Integration
{
    public class CloudIdResolverTests : IClassFixture<CloudServerFixture>, IClassFixture<DataCenterServerFixture>
    {
        private readonly FakeJiraServer _cloud;
        private readonly FakeJiraServer _dataCenter;

        public CloudIdResolverTests(CloudServerFixture cloud, DataCenterServerFixture dataCenter)
        {
            _cloud = cloud.Server;
            _dataCenter = dataCenter.Server;
            _cloud.Requests.Clear();
        }

        private static JiraSite Site(FakeJiraServer server) => JiraSite.Parse(server.SiteUrl, true);

        private static readonly TransportSettings FiveSeconds = TransportSettings.Default.WithTimeout(TimeSpan.FromSeconds(5));

        [Fact]
        public async Task ReadsTenantInfoWithoutCredentialsAndCachesIt()
        {
            var resolver = new CloudIdResolver();

            var first = await resolver.GetCloudIdAsync(Site(_cloud), FiveSeconds, CancellationToken.None);
            var second = await resolver.GetCloudIdAsync(Site(_cloud), FiveSeconds, CancellationToken.None);

            Assert.Equal(_cloud.Options.CloudId, first);
            Assert.Equal(first, second);
            var request = Assert.Single(_cloud.Requests.Snapshot());
            Assert.Equal("/_edge/tenant_info", request.Path);
            Assert.Null(request.Header("Authorization"));
            Assert.True(resolver.TryGetCached(Site(_cloud), out var cached) && cached == first);
        }

        [Fact]
        public async Task ExplainsWhenASiteHasNoCloudId()
        {
            var error = await Assert.ThrowsAsync<CloudIdNotFoundException>(() =>
                new CloudIdResolver().GetCloudIdAsync(Site(_dataCenter), FiveSeconds, CancellationToken.None));

            Assert.Equal(404, error.StatusCode);
            Assert.Contains("not be a Jira Cloud site", error.Message);
            Assert.Equal(RemedyKind.CloudIdNotReported, Remedies.Of(error).Kind);
        }
    }
}
