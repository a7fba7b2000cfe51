using System;
using System.Management.Automation;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Sites;
using Xunit;
using JiraAuth.Connecting;
using JiraAuth.Cmdlets;

namespace JiraAuth.Module.Tests.Units
{
    public class ConnectionSettingsBuilderTests
    {
        private static ConnectionSettingsBuilder Valid() => new ConnectionSettingsBuilder
        {
            Site = "acme",
            UserName = "admin@acme.example",
            Secret = SecretText.FromString("token"),
        };

        [Fact]
        public void Builds_settings_with_canonical_site_and_endpoints()
        {
            var builder = Valid();
            builder.GatewayUri = new Uri("https://gateway.example/");
            builder.Timeout = TimeSpan.FromSeconds(7);

            var settings = builder.Build();

            Assert.Equal("https://acme.atlassian.net", settings.Site.ToString());
            Assert.Equal(AuthMode.Auto, settings.AuthMode);
            Assert.Equal("admin@acme.example", settings.Credential.UserName);
            Assert.Equal("https://gateway.example/", settings.Endpoints.Gateway.ToString());
            Assert.Equal(TimeSpan.FromSeconds(7), settings.Timeout);
        }

        [Fact]
        public void A_malformed_cloudId_is_rejected_before_any_request()
        {
            var builder = Valid();
            builder.CloudId = "not-a-guid";

            var error = Assert.ThrowsAny<ArgumentException>(() => builder.Build());
            Assert.Equal("CloudId", error.ParamName);
        }

        [Fact]
        public void A_site_that_is_not_a_Jira_site_is_rejected_by_the_site_parser()
        {
            var builder = Valid();
            builder.Site = "https://user:pw@acme.atlassian.net";

            Assert.Throws<InvalidJiraSiteException>(() => builder.Build());
        }

        [Fact]
        public void An_expiry_typed_as_a_local_date_keeps_its_meaning()
        {
            var builder = Valid();
            builder.ExpiresOn = new DateTime(2030, 1, 31);

            var settings = builder.Build();

            Assert.Equal(new DateTimeOffset(new DateTime(2030, 1, 31), TimeZoneInfo.Local.GetUtcOffset(new DateTime(2030, 1, 31))), settings.ExpiresOn);
        }

        [Fact]
        public void An_empty_secret_is_refused()
        {
            var builder = Valid();
            builder.Secret = SecretText.FromString(string.Empty);

            Assert.ThrowsAny<ArgumentException>(() => builder.Build());
        }

        [Fact]
        public void The_proxy_and_the_timeout_are_part_of_the_built_settings()
        {
            var builder = Valid();
            builder.ProxyAddress = new Uri("http://proxy.corp.example:3128");
            builder.ProxyCredential = new PSCredential("proxy-user", SecureText("proxy-pw"));
            builder.Timeout = TimeSpan.FromSeconds(9);

            var transport = builder.Build().Transport;

            Assert.Equal(new Uri("http://proxy.corp.example:3128"), transport.Proxy.Address);
            Assert.Equal("proxy-user", transport.Proxy.UserName);
            Assert.Equal(TimeSpan.FromSeconds(9), transport.Timeout);
            Assert.False(transport.AllowUnencrypted);
        }

        [Fact]
        public void Both_proxy_credential_kinds_are_refused_when_building()
        {
            var builder = Valid();
            builder.ProxyCredential = new PSCredential("proxy-user", SecureText("proxy-pw"));
            builder.ProxyUseDefaultCredentials = true;

            var error = Assert.Throws<ArgumentException>(() => builder.Build());
            Assert.Equal("Use either -ProxyCredential or -ProxyUseDefaultCredentials, not both.", error.Message);
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void The_OAuth_sets_check_the_cloudId_with_the_same_words(bool siteFromSignIn)
        {
            var builder = new ConnectionSettingsBuilder { Site = "acme", CloudId = "not-a-guid" };

            var oauth = Assert.ThrowsAny<ArgumentException>(() => builder.BuildForOAuth(siteFromSignIn));
            var staticCredential = Assert.ThrowsAny<ArgumentException>(() => WithCloudId("not-a-guid").Build());

            Assert.Equal("CloudId", oauth.ParamName);
            Assert.Equal(staticCredential.Message, oauth.Message);
        }

        [Fact]
        public void A_service_account_needs_a_site_or_a_cloudId_and_a_sign_in_does_not_parse_the_site_yet()
        {
            var error = Assert.ThrowsAny<ArgumentException>(() => new ConnectionSettingsBuilder().BuildForOAuth(siteFromSignIn: false));
            Assert.Equal("Site", error.ParamName);

            var byCloudId = new ConnectionSettingsBuilder { CloudId = " 8a1b2c3d-0000-4000-8000-123456789abc " }.BuildForOAuth(siteFromSignIn: false);
            Assert.Null(byCloudId.Site);
            Assert.Equal("8a1b2c3d-0000-4000-8000-123456789abc", byCloudId.CloudId);
            Assert.Null(byCloudId.Credential);

            var signIn = new ConnectionSettingsBuilder { Site = "acme" }.BuildForOAuth(siteFromSignIn: true);
            Assert.Null(signIn.Site);
        }

        private static ConnectionSettingsBuilder WithCloudId(string cloudId)
        {
            var builder = Valid();
            builder.CloudId = cloudId;
            return builder;
        }

        private static System.Security.SecureString SecureText(string text)
        {
            var secure = new System.Security.SecureString();
            foreach (var c in text) secure.AppendChar(c);
            return secure;
        }
    }
}
