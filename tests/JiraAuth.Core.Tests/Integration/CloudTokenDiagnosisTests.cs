using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Diagnosis;
using JiraAuth.Core.Http;
using JiraAuth.Core.Sites;
using JiraAuth.Core.Tests.Support;
using JiraAuth.FakeJira;
using Xunit;

namespace JiraAuth.Core.Tests.Integration
{
    /// <summary>Every reason code a Cloud credential can earn, decided from what the fake Jira answers to /myself.</summary>
    public class CloudTokenDiagnosisTests : IClassFixture<CloudServerFixture>
    {
        private readonly FakeJiraServer _server;

        public CloudTokenDiagnosisTests(CloudServerFixture fixture)
        {
            _server = fixture.Server;
            _server.ResetLockouts();
            _server.Faults.Clear();
            _server.Requests.Clear();
        }

        private Task<TokenDiagnosis> Probe(AuthMode mode, string email, string token, RetryOptions retry = null) =>
            new CredentialProbe(new CloudIdResolver()).ProbeAsync(FakeJiraSettings.For(_server, mode, email, token, retry), CancellationToken.None);

        private List<LoggedRequest> Credentialed() => _server.Requests.Snapshot().Where(r => r.Header("Authorization") != null).ToList();

        [Fact]
        public async Task AutoSettlesOnTheSiteForAClassicToken()
        {
            var d = await Probe(AuthMode.Auto, FakeAccounts.AdminEmail, FakeAccounts.AdminClassicToken);

            Assert.True(d.IsValid);
            Assert.Equal(TokenStatus.Valid, d.Reason);
            Assert.Equal(AuthMode.ApiToken, d.AuthMode);
            Assert.Equal(FakeAccounts.AdminAccountId, d.Account.AccountId);
            Assert.Equal(FakeAccounts.AdminDisplayName, d.Account.DisplayName);
            Assert.Equal(200, d.StatusCode);
            Assert.True(d.Elapsed > TimeSpan.Zero);
            Assert.Null(d.Remedy);
            var only = Assert.Single(Credentialed());
            Assert.Equal("site", only.Origin);
            Assert.Equal("/rest/api/3/myself", only.Path);
            Assert.StartsWith("Basic ", only.Header("Authorization"));
        }

        [Fact]
        public async Task AutoFindsTheCloudIdAndMovesToTheGatewayForAScopedToken()
        {
            var d = await Probe(AuthMode.Auto, FakeAccounts.ScopedEmail, FakeAccounts.ScopedToken);

            Assert.Equal(TokenStatus.Valid, d.Reason);
            Assert.Equal(AuthMode.ScopedApiToken, d.AuthMode);
            Assert.Equal(_server.Options.CloudId, d.CloudId);
            Assert.Equal(FakeAccounts.ScopedAccountId, d.Account.AccountId);
            Assert.Equal(_server.GatewayApiUri.AbsoluteUri.TrimEnd('/'), d.ApiBaseUri.AbsoluteUri.TrimEnd('/'));

            var log = _server.Requests.Snapshot();
            Assert.Equal(new[] { "site /rest/api/3/myself", "site /_edge/tenant_info", "gateway /ex/jira/" + _server.Options.CloudId + "/rest/api/3/myself" },
                log.Select(r => r.Origin + " " + r.Path));
            Assert.Null(log[1].Header("Authorization"));
            Assert.Equal(2, Credentialed().Count);
        }

        [Fact]
        public async Task AutoMakesAtMostTwoCredentialedAttemptsForABadToken()
        {
            var d = await Probe(AuthMode.Auto, FakeAccounts.ExpiredEmail, FakeAccounts.ExpiredToken);

            Assert.False(d.IsValid);
            Assert.Equal(TokenStatus.InvalidOrExpired, d.Reason);
            Assert.Equal(401, d.StatusCode);
            Assert.Null(d.Remedy); // the reason chooses the remedy; the module words it (PowerShellRemediesTests)
            var attempts = Credentialed();
            Assert.Equal(2, attempts.Count);
            Assert.Equal(new[] { "site", "gateway" }, attempts.Select(a => a.Origin));
        }

        [Fact]
        public async Task ReportsACaptchaLockoutWithoutTryingTheGateway()
        {
            var d = await Probe(AuthMode.Auto, FakeAccounts.LockedEmail, FakeAccounts.LockedToken);

            Assert.Equal(TokenStatus.CaptchaRequired, d.Reason);
            Assert.Equal(403, d.StatusCode);
            Assert.Null(d.Remedy); // the reason chooses the remedy; the module words it (PowerShellRemediesTests)
            Assert.Single(Credentialed());
        }

        [Fact]
        public async Task RepeatedFailuresEndInACaptchaLockout()
        {
            var first = await Probe(AuthMode.ApiToken, FakeAccounts.AdminEmail, "wrong-token-0");
            Assert.Equal(TokenStatus.InvalidOrExpired, first.Reason);
            for (var i = 1; i < _server.Options.CaptchaThreshold; i++)
            {
                await Probe(AuthMode.ApiToken, FakeAccounts.AdminEmail, "wrong-token-" + i);
            }
            // Now even the right token is refused unchecked: this is why the probe never repeats a failed login.
            var d = await Probe(AuthMode.ApiToken, FakeAccounts.AdminEmail, FakeAccounts.AdminClassicToken);
            Assert.Equal(TokenStatus.CaptchaRequired, d.Reason);
        }

        [Fact]
        public async Task ReportsAMissingScopeAtTheGateway()
        {
            var d = await Probe(AuthMode.Auto, FakeAccounts.LimitedEmail, FakeAccounts.LimitedToken);

            Assert.Equal(TokenStatus.ScopeMissing, d.Reason);
            Assert.Equal(AuthMode.ScopedApiToken, d.AuthMode);
            Assert.Equal(401, d.StatusCode);
            Assert.Null(d.Remedy); // the reason chooses the remedy; the module words it (PowerShellRemediesTests)
        }

        [Fact]
        public async Task NamesAScopedTokenSentToTheSite()
        {
            var d = await Probe(AuthMode.ApiToken, FakeAccounts.ScopedEmail, FakeAccounts.ScopedToken);

            Assert.False(d.IsValid);
            Assert.Equal(TokenStatus.ScopedTokenSentToSite, d.Reason);
            Assert.Null(d.Remedy); // the reason chooses the remedy; the module words it (PowerShellRemediesTests)
        }

        [Fact]
        public async Task NamesAClassicTokenSentToTheGateway()
        {
            var d = await Probe(AuthMode.ScopedApiToken, FakeAccounts.AdminEmail, FakeAccounts.AdminClassicToken);

            Assert.Equal(TokenStatus.ClassicTokenSentToGateway, d.Reason);
            Assert.Null(d.Remedy); // the reason chooses the remedy; the module words it (PowerShellRemediesTests)
        }

        [Fact]
        public async Task ReportsAnAccountWithoutProductAccessAsForbidden()
        {
            var d = await Probe(AuthMode.Auto, FakeAccounts.NoAccessEmail, FakeAccounts.NoAccessToken);

            Assert.Equal(TokenStatus.Forbidden, d.Reason);
            Assert.Equal(403, d.StatusCode);
            Assert.Contains("permission", d.Message);
        }

        [Fact]
        public async Task ExplainsThatCloudRefusesPasswords()
        {
            var d = await Probe(AuthMode.ApiToken, FakeAccounts.AdminEmail, FakeAccounts.AdminPassword);

            Assert.Equal(TokenStatus.PasswordNotAccepted, d.Reason);
            Assert.Null(d.Remedy); // the reason chooses the remedy; the module words it (PowerShellRemediesTests)
        }

        [Fact]
        public async Task ReportsServerErrorsWithoutRepeatingTheLogin()
        {
            _server.Faults.Enqueue("/rest/api/3/myself", 500, body: "{\"errorMessages\":[\"Internal server error\"],\"errors\":{}}",
                contentType: "application/json", times: 5);
            var d = await Probe(AuthMode.ApiToken, FakeAccounts.AdminEmail, FakeAccounts.AdminClassicToken);

            Assert.Equal(TokenStatus.ServerError, d.Reason);
            Assert.Equal(500, d.StatusCode);
            Assert.Single(Credentialed()); // no Retry-After: the server did not say the login went unchecked
        }

        [Fact]
        public async Task RidesOutATransientServiceUnavailable()
        {
            _server.Faults.Enqueue("/rest/api/3/myself", 503, new Dictionary<string, string> { ["Retry-After"] = "0" });
            var d = await Probe(AuthMode.ApiToken, FakeAccounts.AdminEmail, FakeAccounts.AdminClassicToken);

            Assert.Equal(TokenStatus.Valid, d.Reason);
            Assert.Equal(2, Credentialed().Count);
        }

        [Fact]
        public async Task ReportsRateLimitingThatOutlastsThePatience()
        {
            _server.Faults.Enqueue("/rest/api/3/myself", 429, new Dictionary<string,
                string> { ["Retry-After"] = "3600", ["RateLimit-Reason"] = "jira-quota-tenant-based" },
                "{\"errorMessages\":[\"The request has been rate-limited. Please try again later.\"],\"errors\":{},\"status\":429}", "application/json");
            var d = await Probe(AuthMode.ApiToken, FakeAccounts.AdminEmail, FakeAccounts.AdminClassicToken);

            Assert.Equal(TokenStatus.RateLimited, d.Reason);
            Assert.Contains("3600", d.Message);
        }

        [Fact]
        public async Task ReportsAnUnknownCloudIdAsSiteNotFound()
        {
            var settings = new ConnectionSettings(FakeJiraSettings.For(_server, AuthMode.ScopedApiToken, FakeAccounts.ScopedEmail, FakeAccounts.ScopedToken))
            {
                CloudId = "00000000-0000-0000-0000-000000000000",
            };
            var d = await new CredentialProbe(new CloudIdResolver()).ProbeAsync(settings, CancellationToken.None);

            Assert.Equal(TokenStatus.SiteNotFound, d.Reason);
            Assert.Equal(404, d.StatusCode);
        }

        [Fact]
        public async Task ReportsARefusedConnectionAsANetworkError()
        {
            using var refusing = new RefusingPort();
            var settings = new ConnectionSettings(FakeJiraSettings.For(_server, AuthMode.ApiToken, FakeAccounts.AdminEmail, FakeAccounts.AdminClassicToken,
                RetryOptions.None)) { Site = JiraSite.Parse("http://127.0.0.1:" + refusing.Port, true) };
            var d = await new CredentialProbe(new CloudIdResolver()).ProbeAsync(settings, CancellationToken.None);

            Assert.Equal(TokenStatus.NetworkError, d.Reason);
            Assert.Null(d.StatusCode);
            Assert.Null(d.Remedy); // the reason chooses the remedy; the module words it (PowerShellRemediesTests)
        }

        [Fact]
        public async Task ReportsAnUntrustedCertificateAsATlsError()
        {
            var settings = new ConnectionSettings(FakeJiraSettings.For(_server, AuthMode.ApiToken, FakeAccounts.AdminEmail, FakeAccounts.AdminClassicToken,
                RetryOptions.None)) { Site = JiraSite.Parse(_server.TlsSiteUri.ToString()) };
            var d = await new CredentialProbe(new CloudIdResolver()).ProbeAsync(settings, CancellationToken.None);

            Assert.Equal(TokenStatus.TlsError, d.Reason);
            Assert.Null(d.Remedy); // the reason chooses the remedy; the module words it (PowerShellRemediesTests)
        }

        [Fact]
        public async Task NeverPutsTheSecretIntoAnyPartOfTheDiagnosis()
        {
            foreach (var (email, token) in new[] { (FakeAccounts.ExpiredEmail, FakeAccounts.ExpiredToken),
                (FakeAccounts.LimitedEmail, FakeAccounts.LimitedToken), (FakeAccounts.AdminEmail, FakeAccounts.AdminPassword) })
            {
                var d = await Probe(AuthMode.Auto, email, token);
                var text = string.Join("\n", d.Message, d.Remedy, d.Detail, d.ToString(), d.Account?.ToString());
                Assert.DoesNotContain(token, text);
                Assert.DoesNotContain(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(email + ":" + token)), text);
            }
        }
    }
}
