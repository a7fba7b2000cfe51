using System;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Sites;
using JiraAuth.Infrastructure;
using Xunit;

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
    }
}
