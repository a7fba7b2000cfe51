using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text.RegularExpressions;
using JiraAuth.Core.Diagnosis;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Http;
using JiraAuth.Core.Sites;
using JiraAuth.Module.Tests.Metadata;
using Xunit;
using JiraAuth.Errors;
using JiraAuth.ErrorRecords;

namespace JiraAuth.Module.Tests.Units
{
    /// <summary>Core describes problems and attaches remedy kinds; the module words them, and the user reads both.</summary>
    public class PowerShellRemediesTests
    {
        [Fact]
        public void Every_remedy_kind_has_its_own_words()
        {
            var texts = Enum.GetValues(typeof(RemedyKind)).Cast<RemedyKind>().Select(kind => (Kind: kind, Text: PowerShellRemedies.Text(new Remedy(kind))))
                .ToList();
            foreach (var (kind, text) in texts)
            {
                Assert.False(string.IsNullOrWhiteSpace(text), kind.ToString());
                Assert.DoesNotContain("about_JiraAuth", text);
            }
            // Two kinds worded alike would be one remedy under two names.
            var shared = texts.GroupBy(t => t.Text).Where(g => g.Count() > 1).Select(g => string.Join(", ", g.Select(t => t.Kind))).ToList();
            Assert.True(shared.Count == 0, string.Join(Environment.NewLine, shared));
        }

        [Fact]
        public void A_kind_without_words_still_names_itself_for_a_search() =>
            Assert.Equal("See about_JiraAuth (999).", PowerShellRemedies.Text(new Remedy((RemedyKind)999)));

        [Fact]
        public void The_rate_limit_and_405_remedies_word_their_values()
        {
            var resets = new DateTimeOffset(2026, 1, 1, 2, 0, 0, TimeSpan.Zero);

            Assert.Equal("Jira is rate limiting these requests; wait 30 seconds before trying again (the limit resets at 2026-01-01 02:00:00Z).",
                PowerShellRemedies.Text(Remedy.RateLimitedWaitSeconds(30, resets)));
            Assert.Equal("Jira is rate limiting these requests; the limit resets at 2026-01-01 02:00:00Z: wait until then before trying again.",
                PowerShellRemedies.Text(Remedy.RateLimitedUntilReset(resets)));
            Assert.Equal("This endpoint does not accept PATCH; check the method and the API path.",
                PowerShellRemedies.Text(Remedy.CheckMethodAndPath("PATCH")));
        }

        [Fact]
        public void A_missing_SecretStore_is_installed_with_PSResourceGet_and_5_1_is_told_its_own_command()
        {
            var text = PowerShellRemedies.Text(new Remedy(RemedyKind.InstallSecretStore));

            Assert.StartsWith("Install-PSResource Microsoft.PowerShell.SecretManagement, Microsoft.PowerShell.SecretStore -Scope CurrentUser "
                + "(in Windows PowerShell 5.1 without PSResourceGet: Install-Module with the same names and -Scope CurrentUser); "
                + "Register-SecretVault -Name JiraVault -ModuleName Microsoft.PowerShell.SecretStore -DefaultVault; ", text);
            Assert.DoesNotContain("powershell-modules", text); // no folder of this repository's workspace
        }

        [Fact]
        public void Every_reason_has_a_remedy_except_Valid()
        {
            foreach (TokenStatus status in Enum.GetValues(typeof(TokenStatus)))
            {
                if (status == TokenStatus.Valid) Assert.Equal(string.Empty, PowerShellRemedies.ForReason(status));
                else Assert.EndsWith(".", PowerShellRemedies.ForReason(status));
            }
        }

        [Theory]
        [InlineData(TokenStatus.InvalidOrExpired, "api-tokens")]
        [InlineData(TokenStatus.CaptchaRequired, "browser")]
        [InlineData(TokenStatus.ScopeMissing, "scope")]
        [InlineData(TokenStatus.ScopedTokenSentToSite, "-AuthMode ScopedApiToken")]
        [InlineData(TokenStatus.ClassicTokenSentToGateway, "-AuthMode ApiToken")]
        [InlineData(TokenStatus.PasswordNotAccepted, "API token")]
        [InlineData(TokenStatus.NetworkError, "firewall")]
        [InlineData(TokenStatus.TlsError, "certificate")]
        [InlineData(TokenStatus.AnonymousAccess, "proxy")]
        [InlineData(TokenStatus.SiteNotFound, "Get-JiraCloudId")]
        [InlineData(TokenStatus.Timeout, "-TimeoutSec")]
        public void A_diagnosis_without_its_own_remedy_gets_the_one_for_its_reason(TokenStatus reason, string expected) =>
            Assert.Contains(expected, PowerShellRemedies.For(new TokenDiagnosis { Reason = reason }));

        [Fact]
        public void A_site_that_reports_no_cloudId_gets_both_the_site_name_check_and_the_Data_Center_advice()
        {
            var diagnosis = new TokenDiagnosis { Reason = TokenStatus.SiteNotFound, Remedy = new Remedy(RemedyKind.CloudIdNotReported) };

            var remedy = PowerShellRemedies.For(diagnosis);

            Assert.StartsWith(PowerShellRemedies.ForReason(TokenStatus.SiteNotFound), remedy);
            Assert.EndsWith("or pass -CloudId if you know it.", remedy);
        }

        [Fact]
        public void A_diagnosis_with_its_own_remedy_gets_that_one()
        {
            var diagnosis = new TokenDiagnosis
            {
                Reason = TokenStatus.OAuthConsentRequired,
                Remedy = Remedy.OAuthSignInAgain("Connect-JiraCloud -ClientId 'c' -Scope 'read:jira-work' -Name 'prod' -Save"),
            };
            Assert.EndsWith("interactive PowerShell: Connect-JiraCloud -ClientId 'c' -Scope 'read:jira-work' -Name 'prod' -Save",
                PowerShellRemedies.For(diagnosis));
        }

        [Fact]
        public void A_refused_site_reads_as_the_problem_then_the_PowerShell_remedy()
        {
            var refused = Assert.Throws<InvalidJiraSiteException>(() => JiraSite.Parse("http://jira.corp.example", false));

            var record = JiraErrorRecords.FromException(refused, "http://jira.corp.example");

            Assert.Equal("JiraInvalidSite", record.FullyQualifiedErrorId);
            const string Remedy = "Use https://, or pass -AllowUnencryptedAuthentication if this server really has no TLS (a test server, for example).";
            Assert.Equal(refused.Message + " " + Remedy, record.ErrorDetails.Message);
            Assert.Equal(Remedy, record.ErrorDetails.RecommendedAction);
            Assert.Equal(record.ErrorDetails.Message, record.ToString());
        }

        [Fact]
        public void A_timeout_from_the_pipeline_tells_which_parameter_to_raise()
        {
            var timeout = new TimeoutException("GET https://acme.atlassian.net/rest/api/3/myself did not answer within 1 s.")
                .With(Remedy.RaiseTimeout(UnansweredService.Jira));

            var record = JiraErrorRecords.FromException(timeout, "myself");

            Assert.Equal(ErrorCategory.OperationTimeout, record.CategoryInfo.Category);
            Assert.EndsWith("did not answer within 1 s. Check the network path to Jira, or raise -TimeoutSec.", record.ErrorDetails.Message);
        }

        [Fact]
        public void A_401_says_the_credentials_are_invalid_then_recommends_Test_JiraToken()
        {
            var failure = new JiraApiFailure(401, "GET", new Uri("https://acme.atlassian.net/rest/api/3/myself"));
            var api = new JiraApiException("Jira returned 401 Unauthorized for GET /rest/api/3/myself.", failure).With(RemedyKind.CheckCredential);

            var record = JiraErrorRecords.FromException(api, "myself");

            Assert.Equal("The credentials are invalid or expired. Run Test-JiraToken to check them and create a new token if needed.",
                record.ErrorDetails.RecommendedAction);
            Assert.Equal(api.Message, record.ErrorDetails.Message);
        }

        [Fact]
        public void A_closed_connection_is_JiraConnectionNotFound_with_the_use_the_current_connection_remedy()
        {
            var record = JiraErrorRecords.FromException(new JiraConnectionClosedException(), "myself");

            Assert.Equal("JiraConnectionNotFound", record.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ResourceUnavailable, record.CategoryInfo.Category);
            Assert.Equal("Use the current connection (Get-JiraConnection), or connect again with Connect-JiraCloud.", record.ErrorDetails.RecommendedAction);
        }

        [Fact]
        public void A_vault_remedy_is_the_recommended_action_only()
        {
            var locked = new JiraAuth.Vault.VaultException("The vault is locked: Unlock it.", ErrorIds.VaultLocked, ErrorCategory.PermissionDenied,
                new Remedy(RemedyKind.UnlockVault));

            var record = JiraErrorRecords.FromException(locked, "prod");

            Assert.Equal("The vault is locked: Unlock it.", record.ErrorDetails.Message);
            Assert.StartsWith("Unlock it with Unlock-SecretStore, or for unattended use: Set-SecretStoreConfiguration", record.ErrorDetails.RecommendedAction);
        }

        /// <summary>What a user types (a cmdlet, a -Parameter) is PowerShell's: Core's code, comments aside, names none.</summary>
        [Fact]
        public void Core_code_names_no_cmdlet_and_no_parameter()
        {
            var core = Path.Combine(ModuleLayout.RepositoryRoot, "src", "JiraAuth.Core");
            var powerShellWords = new Regex(@"(Connect|Disconnect|Test|Get|Invoke|Update)-Jira[A-Za-z]+|[ ""(]-[A-Z][a-zA-Z]+");
            var offending = Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar))
                .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: Path.GetFileName(f), Number: i + 1, Line: line.Trim())))
                .Where(l => !l.Line.StartsWith("//", StringComparison.Ordinal) && powerShellWords.IsMatch(l.Line))
                .Select(l => $"{l.File}:{l.Number}: {l.Line}")
                .ToList();
            Assert.True(offending.Count == 0, string.Join(Environment.NewLine, offending));
        }
    }
}
