using System;
using System.Linq;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Sites;
using Xunit;

namespace JiraAuth.Core.Tests.Auth
{
    /// <summary>The auth-mode table: every mode has exactly one row, and the readers of the table agree with it.</summary>
    public class AuthModeProfileTests
    {
        private const string CloudId = "8a1b2c3d-0000-4000-8000-123456789abc";

        public static TheoryData<AuthMode> EveryMode()
        {
            var data = new TheoryData<AuthMode>();
            foreach (AuthMode mode in Enum.GetValues(typeof(AuthMode))) data.Add(mode);
            return data;
        }

        [Theory]
        [MemberData(nameof(EveryMode))]
        public void Every_auth_mode_has_exactly_one_row(AuthMode mode)
        {
            Assert.Single(AuthModeProfile.All, row => row.Mode == mode);
            Assert.Equal(mode, AuthModeProfile.For(mode).Mode);
        }

        [Fact]
        public void An_auth_mode_outside_the_enum_has_no_row()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => AuthModeProfile.For((AuthMode)99));
        }

        [Fact]
        public void Only_the_two_OAuth_modes_are_OAuth_and_only_Auto_is_not_concrete()
        {
            Assert.Equal(new[] { AuthMode.OAuthClientCredentials, AuthMode.OAuth3LO },
                AuthModeProfile.All.Where(r => r.IsOAuth).Select(r => r.Mode).OrderBy(m => m));
            Assert.Equal(new[] { AuthMode.Auto }, AuthModeProfile.All.Where(r => !r.IsConcrete).Select(r => r.Mode));
        }

        [Theory]
        [MemberData(nameof(EveryMode))]
        public void A_concrete_static_mode_has_a_credential_kind_and_a_header_scheme_and_OAuth_modes_send_Bearer(AuthMode mode)
        {
            var row = AuthModeProfile.For(mode);
            if (!row.IsConcrete) return;
            Assert.Contains(row.Scheme, new[] { "Basic", "Bearer" });
            Assert.Equal(row.IsOAuth, row.Credential == null);
            if (row.IsOAuth) Assert.Equal("Bearer", row.Scheme);
            if (row.Scheme == "Basic") Assert.True(row.NeedsUserName, mode + " sends Basic, which needs a user name");
        }

        [Theory]
        [InlineData(AuthMode.ApiToken, "https://acme.atlassian.net", "3", DeploymentType.Cloud)]
        [InlineData(AuthMode.ScopedApiToken, "https://api.atlassian.com/ex/jira/" + CloudId, "3", DeploymentType.Cloud)]
        [InlineData(AuthMode.PersonalAccessToken, "https://acme.atlassian.net", "2", DeploymentType.DataCenter)]
        [InlineData(AuthMode.Password, "https://acme.atlassian.net", "2", DeploymentType.DataCenter)]
        [InlineData(AuthMode.OAuth3LO, "https://api.atlassian.com/ex/jira/" + CloudId, "3", DeploymentType.Cloud)]
        [InlineData(AuthMode.OAuthClientCredentials, "https://api.atlassian.com/ex/jira/" + CloudId, "3", DeploymentType.Cloud)]
        public void The_target_of_each_mode_follows_its_row(AuthMode mode, string apiBase, string version, DeploymentType deployment)
        {
            var target = ConnectionTarget.For(Settings(), mode, CloudId);

            Assert.Equal(apiBase, target.ApiBaseUri.ToString().TrimEnd('/'));
            Assert.Equal(version, target.ApiVersion);
            Assert.Equal(deployment, target.Deployment);
        }

        [Fact]
        public void A_service_account_without_a_cloudId_calls_its_Data_Center_site_with_v2()
        {
            var target = ConnectionTarget.For(Settings(), AuthMode.OAuthClientCredentials, null);

            Assert.Equal("https://acme.atlassian.net", target.ApiBaseUri.ToString().TrimEnd('/'));
            Assert.Equal("2", target.ApiVersion);
            Assert.Equal(DeploymentType.DataCenter, target.Deployment);
        }

        [Theory]
        [InlineData(AuthMode.ScopedApiToken, "A cloudId is required for scoped API tokens.")]
        [InlineData(AuthMode.OAuth3LO, "A cloudId is required for OAuth 2.0 (3LO).")]
        public void A_gateway_mode_without_a_cloudId_says_so(AuthMode mode, string message)
        {
            var error = Assert.Throws<ArgumentException>(() => ConnectionTarget.For(Settings(), mode, null));

            Assert.StartsWith(message, error.Message);
        }

        [Fact]
        public void Auto_picks_the_row_marked_for_it_by_whether_a_user_name_was_given()
        {
            Assert.Equal(AuthMode.ApiToken, AuthModeProfile.AutoChoice(hasUserName: true));
            Assert.Equal(AuthMode.PersonalAccessToken, AuthModeProfile.AutoChoice(hasUserName: false));
            Assert.Equal(AuthMode.ApiToken, AutoModeResolver.Resolve(AuthMode.Auto, "admin@acme.example"));
            Assert.Equal(AuthMode.PersonalAccessToken, AutoModeResolver.Resolve(AuthMode.Auto, null));
        }

        private static ConnectionSettings Settings() => new ConnectionSettings { Site = JiraSite.Parse("acme") };
    }
}
