using System;
using JiraAuth.Core.Auth;
using Xunit;

namespace JiraAuth.Core.Tests.Auth
{
    public class JiraCredentialTests
    {
        [Theory]
        [InlineData("ATATT3x-token\r\n", "ATATT3x-token")]
        [InlineData("ATATT3x-token\n", "ATATT3x-token")]
        [InlineData("  ATATT3x-token \t", "ATATT3x-token")]
        [InlineData("ATATT3x-token", "ATATT3x-token")]
        public void TokensLoseSurroundingWhitespace(string pasted, string expected)
        {
            Assert.Equal(expected, JiraCredential.ForApiToken("me@example.com", SecretText.FromString(pasted)).Secret.Reveal());
            Assert.Equal(expected, JiraCredential.ForScopedApiToken("me@example.com", SecretText.FromString(pasted)).Secret.Reveal());
            Assert.Equal(expected, JiraCredential.ForPersonalAccessToken(SecretText.FromString(pasted)).Secret.Reveal());
        }

        [Theory]
        [InlineData("pass word \r\n", "pass word ")]
        [InlineData(" pass\n", " pass")]
        [InlineData("pass\n\n", "pass\n")]
        [InlineData("  pass  ", "  pass  ")]
        public void PasswordsLoseOnlyOneTrailingLineBreak(string typed, string expected)
        {
            Assert.Equal(expected, JiraCredential.ForPassword("jdoe", SecretText.FromString(typed)).Secret.Reveal());
        }

        [Fact]
        public void UserNamesAreTrimmed()
        {
            Assert.Equal("me@example.com", JiraCredential.ForApiToken("  me@example.com\r\n", SecretText.FromString("t")).UserName);
            Assert.Equal("jdoe", JiraCredential.ForPassword(" jdoe ", SecretText.FromString("p")).UserName);
        }

        [Fact]
        public void PersonalAccessTokenHasNoUserName()
        {
            var credential = JiraCredential.ForPersonalAccessToken(SecretText.FromString("NjE2-pat"));

            Assert.Null(credential.UserName);
            Assert.Equal(CredentialKind.PersonalAccessToken, credential.Kind);
        }

        [Theory]
        [InlineData(AuthMode.ApiToken, CredentialKind.ApiToken, "me@example.com")]
        [InlineData(AuthMode.ScopedApiToken, CredentialKind.ScopedApiToken, "me@example.com")]
        [InlineData(AuthMode.Password, CredentialKind.Password, "me@example.com")]
        [InlineData(AuthMode.PersonalAccessToken, CredentialKind.PersonalAccessToken, null)]
        public void ForModePicksTheMatchingFactory(AuthMode mode, object kind, string expectedUser)
        {
            var credential = JiraCredential.For(mode, " me@example.com ", SecretText.FromString(" secret\n"));

            Assert.Equal((CredentialKind)kind, credential.Kind);
            Assert.Equal(expectedUser, credential.UserName);
        }

        [Fact]
        public void ForAutoIsRefused()
        {
            Assert.Throws<ArgumentException>(() => JiraCredential.For(AuthMode.Auto, "me@example.com", SecretText.FromString("t")));
        }

        [Fact]
        public void MissingSecretIsRefused()
        {
            Assert.Throws<ArgumentNullException>(() => JiraCredential.ForApiToken("me@example.com", null));
            Assert.Throws<ArgumentNullException>(() => JiraCredential.ForPassword("jdoe", null));
        }

        [Fact]
        public void ToStringNeverShowsTheSecret()
        {
            var withUser = JiraCredential.ForApiToken("me@example.com", SecretText.FromString("ATATT3x-token"));
            var pat = JiraCredential.ForPersonalAccessToken(SecretText.FromString("NjE2-pat"));

            Assert.Contains("me@example.com", withUser.ToString());
            Assert.DoesNotContain("ATATT3x-token", withUser.ToString());
            Assert.Contains("********", withUser.ToString());
            Assert.DoesNotContain("NjE2-pat", pat.ToString());
        }
    }
}
