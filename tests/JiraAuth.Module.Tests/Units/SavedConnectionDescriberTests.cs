using System;
using System.Collections;
using JiraAuth.Core.Auth;
using JiraAuth.Vault;
using Xunit;

namespace JiraAuth.Module.Tests.Units
{
    public class SavedConnectionDescriberTests
    {
        [Fact]
        public void Reads_what_Connect_JiraCloud_writes_as_metadata()
        {
            var metadata = new Hashtable
            {
                ["Name"] = "prod",
                ["Site"] = "https://acme.atlassian.net",
                ["AuthMode"] = "ScopedApiToken",
                ["UserName"] = "admin@acme.example",
                ["CloudId"] = "8a1b2c3d-0000-4000-8000-123456789abc",
                ["ExpiresOn"] = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc),
            };

            var saved = SavedConnectionDescriber.Describe("JiraAuth:prod", "JiraVault", metadata);

            Assert.Equal("prod", saved.Name);
            Assert.Equal("https://acme.atlassian.net", saved.Site);
            Assert.Equal(AuthMode.ScopedApiToken, saved.AuthMode);
            Assert.Equal("admin@acme.example", saved.UserName);
            Assert.Equal("JiraVault", saved.VaultName);
            Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), saved.ExpiresOn);
        }

        [Fact]
        public void A_vault_without_metadata_still_yields_the_name_from_the_secret_name()
        {
            var saved = SavedConnectionDescriber.Describe("JiraAuth:nightly", "LocalStore", null);

            Assert.Equal("nightly", saved.Name);
            Assert.Null(saved.Site);
            Assert.Null(saved.AuthMode);
        }

        [Theory]
        [InlineData("JiraAuth:prod", true)]
        [InlineData("jiraauth:prod", true)]
        [InlineData("JiraAuth:", false)]
        [InlineData("OtherTool:prod", false)]
        [InlineData(null, false)]
        public void Recognises_JiraAuth_secrets(string name, bool expected)
        {
            Assert.Equal(expected, SavedConnectionDescriber.IsJiraSecret(name));
        }
    }
}
