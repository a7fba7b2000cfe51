using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Diagnosis;
using JiraAuth.Core.Tests.Support;
using JiraAuth.FakeJira;
using Xunit;

namespace JiraAuth.Core.Tests.Integration
{
    /// <summary>Data Center: Bearer personal access tokens and Basic passwords at /rest/api/2 under a context path.</summary>
    public class DataCenterTokenDiagnosisTests : IClassFixture<DataCenterServerFixture>
    {
        private readonly FakeJiraServer _server;

        public DataCenterTokenDiagnosisTests(DataCenterServerFixture fixture)
        {
            _server = fixture.Server;
            _server.ResetLockouts();
            _server.Requests.Clear();
        }

        private Task<TokenDiagnosis> Probe(AuthMode mode, string user, string secret) =>
            new CredentialProbe(new CloudIdResolver()).ProbeAsync(FakeJiraSettings.For(_server, mode, user, secret), CancellationToken.None);

        private int MyselfAttempts() => _server.Requests.Snapshot().Count(r => r.ApiPath == "/rest/api/2/myself");

        [Fact]
        public async Task ABearerTokenCheckRidesOutAConnectionReset()
        {
            _server.Faults.EnqueueTransportFault("/rest/api/2/myself", TransportFault.ResetBeforeHeaders);

            var d = await Probe(AuthMode.PersonalAccessToken, null, FakeAccounts.DcPat);

            Assert.Equal(TokenStatus.Valid, d.Reason);
            Assert.Equal(2, MyselfAttempts()); // a PAT is no login Jira counts towards the CAPTCHA: repeated like any GET
        }

        [Fact]
        public async Task APasswordCheckIsNotRepeatedAfterAConnectionReset()
        {
            _server.Faults.EnqueueTransportFault("/rest/api/2/myself", TransportFault.ResetBeforeHeaders);

            var d = await Probe(AuthMode.Password, FakeAccounts.DcUsername, FakeAccounts.DcPassword);

            Assert.Equal(TokenStatus.NetworkError, d.Reason);
            Assert.Equal(1, MyselfAttempts()); // the broken attempt may have counted as a failed login
        }

        [Fact]
        public async Task AcceptsAPersonalAccessTokenAsBearer()
        {
            var d = await Probe(AuthMode.PersonalAccessToken, null, FakeAccounts.DcPat);

            Assert.Equal(TokenStatus.Valid, d.Reason);
            Assert.Equal(FakeAccounts.DcUsername, d.Account.Name);
            Assert.Equal(FakeAccounts.DcUserKey, d.Account.Key);
            var request = Assert.Single(_server.Requests.Snapshot());
            Assert.Equal("/jira/rest/api/2/myself", request.Path);
            Assert.Equal("Bearer " + FakeAccounts.DcPat, request.Header("Authorization"));
        }

        [Fact]
        public async Task AutoWithoutAUserNameMeansAPersonalAccessToken()
        {
            var d = await Probe(AuthMode.Auto, null, "  " + FakeAccounts.DcPat + "\r\n");

            Assert.Equal(TokenStatus.Valid, d.Reason);
            Assert.Equal(AuthMode.PersonalAccessToken, d.AuthMode);
        }

        [Fact]
        public async Task AcceptsANonAsciiPasswordAsUtf8Basic()
        {
            var d = await Probe(AuthMode.Password, FakeAccounts.DcUsername, FakeAccounts.DcPassword);

            Assert.Equal(TokenStatus.Valid, d.Reason);
            Assert.Equal(AuthMode.Password, d.AuthMode);
            Assert.Equal(FakeAccounts.DcDisplayName, d.Account.DisplayName);
        }

        [Fact]
        public async Task RecognisesTheLoginPageServedToAStrippedToken()
        {
            var d = await Probe(AuthMode.PersonalAccessToken, null, FakeAccounts.DcStrippedPat);

            Assert.Equal(TokenStatus.AnonymousAccess, d.Reason);
            Assert.Equal(200, d.StatusCode);
            Assert.Null(d.Remedy); // the reason chooses the remedy; the module words it (PowerShellRemediesTests)
        }

        [Fact]
        public async Task RejectsAWrongPersonalAccessToken()
        {
            var d = await Probe(AuthMode.PersonalAccessToken, null, "dc-pat-wrong");

            Assert.Equal(TokenStatus.InvalidOrExpired, d.Reason);
            Assert.Equal(401, d.StatusCode);
        }

        [Fact]
        public async Task AScopedTokenAgainstADataCenterSiteFindsNoCloudId()
        {
            var d = await Probe(AuthMode.ScopedApiToken, FakeAccounts.ScopedEmail, FakeAccounts.ScopedToken);

            Assert.Equal(TokenStatus.SiteNotFound, d.Reason);
            Assert.Contains("cloudId", d.Message);
            Assert.DoesNotContain(_server.Requests.Snapshot(), r => r.Header("Authorization") != null);
        }
    }
}
