using System;
using System.Security;
using JiraAuth.Core.Auth;
using Newtonsoft.Json;
using Xunit;

namespace JiraAuth.Core.Tests.Auth
{
    public class SecretTextTests
    {
        private const string Token = "ATATT3xFfGF0-secret-value";

        [Fact]
        public void ToStringAndInterpolationShowOnlyTheMask()
        {
            var secret = SecretText.FromString(Token);

            Assert.Equal("********", secret.ToString());
            Assert.Equal("token=********", $"token={secret}");
        }

        [Fact]
        public void RevealReturnsTheValue()
        {
            Assert.Equal(Token, SecretText.FromString(Token).Reveal());
        }

        [Fact]
        public void IsEmptyReflectsTheValue()
        {
            Assert.True(SecretText.FromString(string.Empty).IsEmpty);
            Assert.False(SecretText.FromString(" ").IsEmpty);
        }

        [Fact]
        public void NullIsRefused()
        {
            Assert.Throws<ArgumentNullException>(() => SecretText.FromString(null));
            Assert.Throws<ArgumentNullException>(() => SecretText.FromSecureString(null));
        }

        [Theory]
        [InlineData("")]
        [InlineData(Token)]
        [InlineData("dc-P@ssw0rd-ü")]
        public void FromSecureStringCopiesTheCharacters(string value)
        {
            using (var secure = new SecureString())
            {
                foreach (var c in value) secure.AppendChar(c);

                Assert.Equal(value, SecretText.FromSecureString(secure).Reveal());
            }
        }

        [Fact]
        public void NoPublicPropertyExposesTheValue()
        {
            var secret = SecretText.FromString(Token);
            foreach (var property in typeof(SecretText).GetProperties())
            {
                Assert.NotEqual(Token, property.GetValue(secret) as string);
            }
        }

        [Fact]
        public void JsonSerializationWritesTheMask()
        {
            var holder = new { Name = "vault entry", Token = SecretText.FromString(Token) };

            var json = JsonConvert.SerializeObject(holder);

            Assert.DoesNotContain(Token, json);
            Assert.Contains("\"Token\":\"********\"", json);
        }

        [Fact]
        public void JsonSerializationOfACredentialWritesTheMask()
        {
            var credential = JiraCredential.ForApiToken("me@example.com", SecretText.FromString(Token));

            var json = JsonConvert.SerializeObject(credential);

            Assert.DoesNotContain(Token, json);
            Assert.Contains("me@example.com", json);
        }

        [Fact]
        public void JsonCannotCreateASecret()
        {
            Assert.Throws<JsonSerializationException>(() => JsonConvert.DeserializeObject<SecretText>("\"********\""));
        }
    }
}
