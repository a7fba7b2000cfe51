using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using JiraAuth.FakeJira;
using JiraAuth.PowerShell.Tests.Support;
using Xunit;

namespace JiraAuth.PowerShell.Tests
{
    /// <summary>
    /// 3LO end to end in an interactive host, without a browser: the scripted person follows the authorize link (the fake
    /// consents at once and redirects) and either pastes the redirect (-NoBrowser) or lets it reach the loopback listener.
    /// </summary>
    public sealed class OAuthSignInTests : IClassFixture<InteractiveSession>
    {
        private readonly InteractiveSession _session;
        private readonly ConsentingBrowser _browser = new ConsentingBrowser();

        public OAuthSignInTests(InteractiveSession session)
        {
            _session = session;
            _session.Reset();
            _session.Cloud.OAuth.DeclineConsent = false;
            _session.Cloud.OAuth.ExtraResources.Clear();
            _session.Host.Person.Choice = 0;
            _session.Host.Person.Lines.Clear();
            _session.Host.Person.OnLine = null;
            _session.Host.Person.Answer = lines => _browser.Follow(lines.Last(IsAuthorizeLink));
        }

        private bool IsAuthorizeLink(string line) => line.StartsWith(_session.Cloud.AuthUrl + "/authorize?", StringComparison.Ordinal);

        private Dictionary<string, object> Parameters(params (string Name, object Value)[] more) =>
            _session.CloudParameters(new[] { ("ClientId", (object)FakeAccounts.OAuthClientId), ("Secret", Ps.Secure(FakeAccounts.OAuthClientSecret)),
                ("Auth", (object)_session.Cloud.AuthUrl) }.Concat(more).ToArray());

        private const string SignInNoBrowser = "Connect-JiraCloud -ClientId $ClientId -ClientSecret $Secret -Scope read:jira-work,read:jira-user -NoBrowser "
            + "-Name me -Save -Vault Stub -AllowUnencryptedAuthentication -GatewayUri $Gateway -AuthUri $Auth";

        private RunResult SignInAndSave() => _session.Run(SignInNoBrowser, Parameters());

        private string StoredRecord() => _session.Run("Get-Secret -Name 'JiraAuth:me' -Vault Stub -AsPlainText").AssertNoErrors().Single.ToString();

        private FakeJira.OAuth.RefreshChain Chain => _session.Cloud.OAuth.Chains.Last();

        private IEnumerable<string> Secrets() =>
            new[] { FakeAccounts.OAuthClientSecret }.Concat(_browser.Codes).Concat(_session.Cloud.OAuth.Chains.Select(c => c.LiveToken).Where(t => t != null));

        private void AssertNothingSecretShown(RunResult result)
        {
            var shown = result.VisibleText().Concat(_session.Host.Person.Lines).Where(t => t != null).ToList();
            foreach (var secret in Secrets()) Assert.DoesNotContain(shown, t => t.Contains(secret));
            Assert.DoesNotContain(shown, t => t.Contains("fake-at-") || t.Contains("fake-rt-") || t.Contains("fake-code-"));
        }

        [Fact]
        public void NoBrowser_shows_the_link_reads_the_pasted_redirect_and_saves_the_refresh_token()
        {
            var result = SignInAndSave();

            var connection = result.AssertNoErrors().Single;
            Assert.Equal("OAuth3LO", Ps.Prop(connection, "AuthMode").ToString());
            Assert.Equal(FakeAccounts.AdminDisplayName, Ps.Prop(connection, "Account.DisplayName"));
            Assert.Equal(_session.Cloud.SiteUrl, Ps.Prop(connection, "Site").ToString());
            Assert.Contains(_session.Host.Person.Lines, IsAuthorizeLink);
            var link = _session.Host.Person.Lines.First(IsAuthorizeLink);
            Assert.Contains("scope=read%3Ajira-work%20read%3Ajira-user%20offline_access", link);
            Assert.Contains("prompt=consent", link);

            var myself = _session.Run("Invoke-JiraRestMethod myself -Connection me").AssertNoErrors().Single;
            Assert.Equal(FakeAccounts.AdminAccountId, Ps.Prop(myself, "accountId"));
            var record = StoredRecord();
            Assert.Contains("\"refreshToken\":\"" + Chain.LiveToken + "\"", record);
            Assert.Matches("\"generation\":[1-9]", record);
            Assert.DoesNotContain("fake-at-", record);
            AssertNothingSecretShown(result);
        }

        [UnixFact("a Unix 'true' command as $BROWSER, the browser that opens nothing")]
        public async Task Without_NoBrowser_the_loopback_listener_receives_the_redirect_and_closes()
        {
            Task clicked = null;
            _session.Host.Person.OnLine = line =>
            {
                // The person clicks the link; the browser follows the redirect to the listener.
                if (IsAuthorizeLink(line)) clicked = Task.Run(async () => { using (var http = new HttpClient()) await http.GetStringAsync(line); });
            };
            var previous = Environment.GetEnvironmentVariable("BROWSER");
            Environment.SetEnvironmentVariable("BROWSER", "true");
            int port;
            try
            {
                RunResult result;
                // The module binds the callback port itself, so it cannot be held for it: a port taken in between means another try.
                for (var attempt = 1; ; attempt++)
                {
                    port = FreePort();
                    result = _session.Run("Connect-JiraCloud -ClientId $ClientId -ClientSecret $Secret -Scope read:jira-work -RedirectUri $Redirect -Name "
                        + "listener -AllowUnencryptedAuthentication -GatewayUri $Gateway -AuthUri $Auth",
                        Parameters(("Redirect", new Uri($"http://127.0.0.1:{port}/callback"))));
                    if (attempt == 5 || !result.Errors.Any(e => e.Exception.Message.Contains("another program uses port"))) break;
                }
                Assert.Equal("OAuth3LO", Ps.Prop(result.AssertNoErrors().Single, "AuthMode").ToString());
                await clicked;
                AssertNothingSecretShown(result);
            }
            finally
            {
                Environment.SetEnvironmentVariable("BROWSER", previous);
            }
            var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, port);
            probe.Start(); // the listener is gone
            probe.Stop();
        }

        [Fact]
        public void With_several_sites_Site_picks_one_and_otherwise_the_person_chooses()
        {
            _session.Cloud.OAuth.ExtraResources.Add(new FakeJira.OAuth.AccessibleResource { Id = Guid.NewGuid().ToString(), Name = "beta",
                Url = "https://beta.atlassian.net" });

            var picked = _session.Run(SignInNoBrowser + " -Site $Site", Parameters()).AssertNoErrors().Single;
            Assert.Equal(_session.Cloud.SiteUrl, Ps.Prop(picked, "Site").ToString());
            Assert.DoesNotContain(_session.Host.Person.Lines, l => l.Contains("Which one"));

            var chosen = _session.Run(SignInNoBrowser, Parameters()).AssertNoErrors().Single;
            Assert.Equal(_session.Cloud.SiteUrl, Ps.Prop(chosen, "Site").ToString());
            Assert.Contains(_session.Host.Person.Lines, l => l.Contains("Which one"));
            Assert.Contains(_session.Host.Person.Lines, l => l.Contains("https://beta.atlassian.net"));

            var missing = _session.Run(SignInNoBrowser + " -Site gamma.atlassian.net", Parameters()).SingleError;
            Assert.Contains("https://beta.atlassian.net (beta)", missing.Exception.Message);
        }

        [Fact]
        public void A_declined_consent_is_its_own_error()
        {
            _session.Cloud.OAuth.DeclineConsent = true;

            var error = SignInAndSave().SingleError;

            Assert.Equal("JiraOAuthConsentDeclined,JiraAuth.Commands.ConnectJiraCloudCommand", error.FullyQualifiedErrorId);
            Assert.Contains("Accept", error.ErrorDetails.RecommendedAction);
        }

        [Fact]
        public void A_saved_sign_in_reconnects_in_a_new_session_by_rotating_through_the_vault()
        {
            SignInAndSave().AssertNoErrors();
            var generation = Generation(StoredRecord());
            _session.Run("Disconnect-JiraCloud -All").AssertNoErrors();

            var loaded = _session.Run("Connect-JiraCloud -Name me").AssertNoErrors().Single;

            Assert.Equal("OAuth3LO", Ps.Prop(loaded, "AuthMode").ToString());
            Assert.Equal(1, Chain.Refreshes);
            Assert.False(Chain.Revoked);
            var record = StoredRecord();
            Assert.Contains("\"refreshToken\":\"" + Chain.LiveToken + "\"", record);
            Assert.Equal(generation + 1, Generation(record));
        }

        private static long Generation(string record) => (long)Newtonsoft.Json.Linq.JObject.Parse(record)["generation"];

        [Fact]
        public void A_sign_in_last_rotated_on_another_machine_warns_once_when_no_shared_lock_folder_is_set()
        {
            SignInAndSave().AssertNoErrors();
            Assert.Equal(Environment.MachineName, (string)Newtonsoft.Json.Linq.JObject.Parse(StoredRecord())["rotatedOn"]);
            RotatedElsewhere();

            var first = _session.Run("Connect-JiraCloud -Name me").AssertNoErrors();
            Assert.Equal(Environment.MachineName, (string)Newtonsoft.Json.Linq.JObject.Parse(StoredRecord())["rotatedOn"]);
            RotatedElsewhere();
            var second = _session.Run("Connect-JiraCloud -Name me").AssertNoErrors();

            var warning = Assert.Single(first.Warnings).Message;
            Assert.StartsWith($"The saved 3LO connection 'me' was last refreshed on SRV-OTHER-01, not on this machine ({Environment.MachineName}).", warning);
            Assert.Contains("set JIRAAUTH_LOCK_DIRECTORY on every server", warning);
            Assert.Empty(second.Warnings);
            Assert.False(Chain.Revoked);
        }

        /// <summary>Rewrites the saved record as if a process on another server had saved the newest refresh token.</summary>
        private void RotatedElsewhere()
        {
            var record = Newtonsoft.Json.Linq.JObject.Parse(StoredRecord());
            record["rotatedOn"] = "SRV-OTHER-01";
            _session.Run("Disconnect-JiraCloud -All; Set-Secret -Name 'JiraAuth:me' -Vault Stub -Secret $Record",
                new Dictionary<string, object> { ["Record"] = record.ToString(Newtonsoft.Json.Formatting.None) }).AssertNoErrors();
        }

        [Fact]
        public void A_vault_write_that_fails_after_a_refresh_does_not_fail_the_call_and_is_reported_then_saved_next_time()
        {
            SignInAndSave().AssertNoErrors();
            _session.Run("Set-StubVaultState -FailWrites").AssertNoErrors();
            _session.Cloud.OAuth.ExpireAccessTokens();

            var during = _session.Run("Invoke-JiraRestMethod myself -Connection me");

            Assert.Equal(FakeAccounts.AdminAccountId, Ps.Prop(Assert.Single(during.Output), "accountId"));
            var error = during.SingleError;
            Assert.Equal("JiraOAuthRefreshTokenNotSaved,JiraAuth.Commands.InvokeJiraRestMethodCommand", error.FullyQualifiedErrorId);
            Assert.Contains("vault 'Stub'", error.Exception.Message);
            Assert.Contains("refused the write", error.Exception.Message);
            AssertNothingSecretShown(during);

            _session.Run("Set-StubVaultState").AssertNoErrors();
            Assert.DoesNotContain(Chain.LiveToken, StoredRecord());
            _session.Cloud.OAuth.ExpireAccessTokens();
            _session.Run("Invoke-JiraRestMethod myself -Connection me").AssertNoErrors();

            Assert.Contains("\"refreshToken\":\"" + Chain.LiveToken + "\"", StoredRecord());
            Assert.False(Chain.Revoked);
        }

        [Fact]
        public void Get_JiraCloudId_lists_the_sites_an_OAuth_connection_reaches()
        {
            SignInAndSave().AssertNoErrors();

            var site = _session.Run("Get-JiraCloudId -Connection me").AssertNoErrors().Single;

            Assert.Equal(_session.Cloud.Options.CloudId, Ps.Prop(site, "CloudId"));
            Assert.Equal(_session.Cloud.SiteUrl, Ps.Prop(site, "Site"));
            Assert.Equal("acme", Ps.Prop(site, "Name"));
            Assert.Contains("read:jira-work", ((IEnumerable<string>)Ps.Prop(site, "Scopes")).ToList());
        }

        [Fact]
        public void A_withdrawn_consent_is_a_Test_JiraToken_reason_and_the_error_names_the_command_to_sign_in_again()
        {
            SignInAndSave().AssertNoErrors();
            _session.Cloud.OAuth.RevokeAllChains();
            _session.Cloud.OAuth.ExpireAccessTokens();

            var test = _session.Run("Test-JiraToken -Connection me").AssertNoErrors().Single;
            Assert.Equal("OAuthConsentRequired", Ps.Prop(test, "Reason").ToString());
            Assert.False((bool)Ps.Prop(test, "IsValid"));

            var error = _session.Run("Invoke-JiraRestMethod myself -Connection me").SingleError;
            Assert.Equal("JiraOAuthConsentRequired,JiraAuth.Commands.InvokeJiraRestMethodCommand", error.FullyQualifiedErrorId);
            Assert.Contains("Connect-JiraCloud -ClientId '" + FakeAccounts.OAuthClientId + "'", error.ErrorDetails.RecommendedAction);
            Assert.Contains("-Name 'me' -Save", error.ErrorDetails.RecommendedAction);
        }

        private static int FreePort()
        {
            var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            probe.Start();
            var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }
    }
}
