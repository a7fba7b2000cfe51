using System;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Storage;
using Newtonsoft.Json.Linq;
using Xunit;

namespace JiraAuth.Core.Tests.Storage
{
    /// <summary>Damaged vault records: every one is an InvalidConnectionRecordException with the remedy, never a raw conversion error.</summary>
    public class ConnectionRecordSerializerTests
    {
        private const string SecretName = "JiraAuth:prod";
        private const string PlantedToken = "ATATT-planted-record-token-0001";

        private static JObject Valid() => JObject.Parse(ConnectionRecordSerializer.Serialize(new ConnectionRecord
        {
            Name = "prod",
            Site = "https://acme.atlassian.net",
            AuthMode = AuthMode.ScopedApiToken,
            UserName = "admin@acme.example",
            Secret = SecretText.FromString(PlantedToken),
            CloudId = "9f2b5c1e-3d4a-4b6c-8e7f-0a1b2c3d4e5f",
            GatewayUri = "https://api.atlassian.com",
            AuthUri = "https://auth.atlassian.com",
        }));

        [Fact]
        public void AGoodRecordRoundTrips()
        {
            var record = ConnectionRecordSerializer.Deserialize(SecretName, Valid().ToString());
            Assert.Equal(AuthMode.ScopedApiToken, record.AuthMode);
            Assert.Equal("9f2b5c1e-3d4a-4b6c-8e7f-0a1b2c3d4e5f", record.CloudId);
            Assert.Equal(PlantedToken, record.Secret.Reveal());
        }

        [Theory]
        [InlineData("authMode", "{}")]
        [InlineData("authMode", "[]")]
        [InlineData("authMode", "\"Auto\"")]
        [InlineData("authMode", "\"0\"")]
        [InlineData("authMode", "\"ApiToken, Password\"")]
        [InlineData("authMode", "\"Kerberos\"")]
        [InlineData("version", "99999999999")]
        [InlineData("version", "999999999999999999999999999")]
        [InlineData("version", "0")]
        [InlineData("version", "-1")]
        [InlineData("version", "\"1\"")]
        [InlineData("gatewayUri", "\"not a uri\"")]
        [InlineData("gatewayUri", "\"ftp://api.atlassian.com\"")]
        [InlineData("authUri", "\"https://user:pw@auth.example\"")]
        [InlineData("cloudId", "\"..\"")]
        [InlineData("cloudId", "\"../other\"")]
        [InlineData("cloudId", "42")]
        [InlineData("site", "\"https://acme.atlassian.net-evil.com\"")]
        [InlineData("site", "\"not a site\"")]
        [InlineData("site", "{}")]
        [InlineData("secret", "{}")]
        [InlineData("secret", "null")]
        [InlineData("userName", "null")]
        [InlineData("userName", "[1]")]
        [InlineData("expiresOn", "\"next tuesday\"")]
        [InlineData("allowUnencryptedAuthentication", "\"yes\"")]
        public void ADamagedFieldIsAnInvalidRecordWithTheRemedy(string field, string json)
        {
            var record = Valid();
            record[field] = JToken.Parse(json);

            var error = Assert.Throws<InvalidConnectionRecordException>(() => ConnectionRecordSerializer.Deserialize(SecretName, record.ToString()));

            Assert.Equal(SecretName, error.SecretName);
            Assert.Contains(SecretName, error.Message);
            var remedy = Remedies.Of(error);
            Assert.True(remedy.Kind == RemedyKind.UpdateModuleOrSaveAgain
                || (remedy.Kind == RemedyKind.RemoveDamagedSecret && remedy.SecretName == SecretName), remedy.ToString());
            Assert.DoesNotContain(PlantedToken, error.Message);
        }

        [Theory]
        [InlineData("")]
        [InlineData("not json")]
        [InlineData("[]")]
        [InlineData("{\"version\":1")]
        public void SomethingElseEntirelyIsAnInvalidRecord(string text) =>
            Assert.Throws<InvalidConnectionRecordException>(() => ConnectionRecordSerializer.Deserialize(SecretName, text));

        [Fact]
        public void ANewerRecordAsksForANewerModule()
        {
            var record = Valid();
            record["version"] = ConnectionRecord.CurrentVersion + 1;
            var error = Assert.Throws<InvalidConnectionRecordException>(() => ConnectionRecordSerializer.Deserialize(SecretName, record.ToString()));
            Assert.Contains("newer JiraAuth", error.Message);
        }

        [Fact]
        public void APersonalAccessTokenRecordNeedsNoUserName()
        {
            var record = Valid();
            record["authMode"] = "PersonalAccessToken";
            record["userName"] = null;
            record["site"] = "https://jira.corp.example/jira";
            record["cloudId"] = null;
            Assert.Equal(AuthMode.PersonalAccessToken, ConnectionRecordSerializer.Deserialize(SecretName, record.ToString()).AuthMode);
        }
    }
}
