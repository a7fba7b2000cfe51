using JiraAuth.Core.Auth;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Storage;
using Xunit;

namespace JiraAuth.Core.Tests.OAuth
{
    public class OAuthRecordTests
    {
        [Fact]
        public void AThreeLeggedRecordKeepsClientSecretRefreshTokenScopesAndGeneration()
        {
            var record = new ConnectionRecord
            {
                Name = "me", Site = "https://acme.atlassian.net", AuthMode = AuthMode.OAuth3LO, ClientId = "cid",
                Secret = SecretText.FromString("client-secret"), RefreshToken = SecretText.FromString("rt-1"),
                Scopes = new[] { "read:jira-work" }, CloudId = "9f2b5c1e-3d4a-4b6c-8e7f-0a1b2c3d4e5f", Generation = 42,
            };

            var text = ConnectionRecordSerializer.Serialize(record);
            var back = ConnectionRecordSerializer.Deserialize("JiraAuth:me", text);

            Assert.Contains("\"version\":2", text);
            Assert.DoesNotContain("access", text);
            Assert.Equal("client-secret", back.Secret.Reveal());
            Assert.Equal("rt-1", back.RefreshToken.Reveal());
            Assert.Equal(new[] { "read:jira-work" }, back.Scopes);
            Assert.Equal(42, back.Generation);
            Assert.Equal("cid", back.ClientId);
            Assert.Equal("cid", ConnectionRecordSerializer.Metadata(back)["ClientId"]);
        }

        [Fact]
        public void AVersionOneRecordStillReads()
        {
            var back = ConnectionRecordSerializer.Deserialize("JiraAuth:old",
                "{\"version\":1,\"name\":\"old\",\"site\":\"https://acme.atlassian.net\",\"authMode\":\"ApiToken\",\"userName\":\"a@b.c\",\"secret\":\"tok\"}");
            Assert.Equal(0, back.Generation);
            Assert.Null(back.RefreshToken);
        }

        [Fact]
        public void TheRotatingMachineIsKeptOnlyWhenKnownAndARecordWithoutItStillReads()
        {
            var record = new ConnectionRecord
            {
                Name = "me", Site = "https://acme.atlassian.net", AuthMode = AuthMode.OAuth3LO, ClientId = "cid",
                Secret = SecretText.FromString("client-secret"), RefreshToken = SecretText.FromString("rt-1"), Generation = 3,
            };
            var without = ConnectionRecordSerializer.Serialize(record);
            record.RotatedOn = "SRV-APP-02";
            var with = ConnectionRecordSerializer.Serialize(record);

            Assert.DoesNotContain("rotatedOn", without);
            Assert.Null(ConnectionRecordSerializer.Deserialize("JiraAuth:me", without).RotatedOn);
            Assert.Contains("\"version\":2", with);
            Assert.Equal("SRV-APP-02", ConnectionRecordSerializer.Deserialize("JiraAuth:me", with).RotatedOn);
            Assert.Throws<InvalidConnectionRecordException>(() =>
                ConnectionRecordSerializer.Deserialize("JiraAuth:me", with.Replace("\"SRV-APP-02\"", "42")));
        }

        [Fact]
        public void AThreeLeggedRecordWithoutRefreshTokenIsRefusedWithAnAction()
        {
            var error = Assert.Throws<InvalidConnectionRecordException>(() => ConnectionRecordSerializer.Deserialize("JiraAuth:me",
                "{\"version\":2,\"name\":\"me\",\"site\":\"https://acme.atlassian.net\",\"authMode\":\"OAuth3LO\",\"clientId\":\"c\",\"secret\":\"s\"}"));
            Assert.Equal(Remedy.RemoveDamagedSecret("JiraAuth:me").ToString(), Remedies.Of(error).ToString());
        }
    }
}
