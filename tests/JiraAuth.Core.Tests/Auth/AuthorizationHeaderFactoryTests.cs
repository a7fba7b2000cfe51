using System;
using JiraAuth.Core.Auth;
using Xunit;

namespace JiraAuth.Core.Tests.Auth
{
    public class AuthorizationHeaderFactoryTests
    {
        private static JiraCredential Basic(string user, string secret) => JiraCredential.ForApiToken(user, SecretText.FromString(secret));

        [Theory]
        // base64("me@example.com:ATATT3x-token")
        [InlineData(AuthMode.ApiToken, "Basic bWVAZXhhbXBsZS5jb206QVRBVFQzeC10b2tlbg==")]
        [InlineData(AuthMode.ScopedApiToken, "Basic bWVAZXhhbXBsZS5jb206QVRBVFQzeC10b2tlbg==")]
        [InlineData(AuthMode.Password, "Basic bWVAZXhhbXBsZS5jb206QVRBVFQzeC10b2tlbg==")]
        public void BasicModesEncodeUserColonSecret(AuthMode mode, string expected)
        {
            var header = AuthorizationHeaderFactory.Create(mode, Basic("me@example.com", "ATATT3x-token"));

            Assert.Equal(expected, header.ToString());
        }

        [Fact]
        public void PastedTokenWithLineEndingGivesTheSameHeaderAsAClean()
        {
            var pasted = AuthorizationHeaderFactory.Create(AuthMode.ApiToken, Basic(" me@example.com ", "ATATT3x-token\r\n"));

            Assert.Equal("Basic bWVAZXhhbXBsZS5jb206QVRBVFQzeC10b2tlbg==", pasted.ToString());
        }

        [Fact]
        public void NonAsciiIsUtf8Encoded()
        {
            var credential = JiraCredential.ForPassword("jdoe", SecretText.FromString("dc-P@ssw0rd-ü"));

            var header = AuthorizationHeaderFactory.Create(AuthMode.Password, credential);

            // base64 of the UTF-8 bytes of "jdoe:dc-P@ssw0rd-ü" (ü = C3 BC).
            Assert.Equal("Basic amRvZTpkYy1QQHNzdzByZC3DvA==", header.ToString());
        }

        [Fact]
        public void ColonInTheSecretIsAllowed()
        {
            var header = AuthorizationHeaderFactory.Create(AuthMode.Password, JiraCredential.ForPassword("jdoe", SecretText.FromString("a:b")));

            Assert.Equal("Basic amRvZTphOmI=", header.ToString());
        }

        [Fact]
        public void PersonalAccessTokenIsSentAsBearer()
        {
            var header = AuthorizationHeaderFactory.Create(AuthMode.PersonalAccessToken,
                JiraCredential.ForPersonalAccessToken(SecretText.FromString("NjE2ODk3MjQ1:pat+/=\n")));

            Assert.Equal("Bearer", header.Scheme);
            Assert.Equal("Bearer NjE2ODk3MjQ1:pat+/=", header.ToString());
        }

        [Fact]
        public void AutoMustBeResolvedFirst()
        {
            var error = Assert.Throws<ArgumentException>(() => AuthorizationHeaderFactory.Create(AuthMode.Auto, Basic("me@example.com", "t")));

            Assert.IsNotType<InvalidCredentialException>(error);
        }

        [Fact]
        public void NullCredentialIsRefused()
        {
            Assert.Throws<ArgumentNullException>(() => AuthorizationHeaderFactory.Create(AuthMode.ApiToken, null));
        }

        // The credential is passed as object: xunit needs public test methods, and JiraCredential is internal.
        public static TheoryData<AuthMode, object, string, string> Rejections => new TheoryData<AuthMode, object, string, string>
        {
            { AuthMode.ApiToken, Basic("me@example.com", "   "), "Secret", "empty" },
            { AuthMode.ApiToken, Basic("me@example.com", ""), "Secret", "API token is empty" },
            { AuthMode.PersonalAccessToken, JiraCredential.ForPersonalAccessToken(SecretText.FromString("\r\n")), "Secret", "personal access token is empty" },
            { AuthMode.Password, JiraCredential.ForPassword("jdoe", SecretText.FromString("\n")), "Secret", "password is empty" },
            { AuthMode.ApiToken, Basic("me@example.com", "SECRET-1\nSECRET-2"), "Secret", "line break" },
            { AuthMode.ApiToken, Basic("me@example.com", "SECRET\rx"), "Secret", "line break" },
            { AuthMode.ApiToken, Basic("me@example.com", "SECRET\0x"), "Secret", "NUL" },
            { AuthMode.Password, JiraCredential.ForPassword("jdoe", SecretText.FromString("SECRET\r\nmore\n")), "Secret", "line break" },
            { AuthMode.PersonalAccessToken, JiraCredential.ForPersonalAccessToken(SecretText.FromString("SECRET\nx")), "Secret", "line break" },
            { AuthMode.PersonalAccessToken, JiraCredential.ForPersonalAccessToken(SecretText.FromString("SECRET x")), "Secret", "space or a non-ASCII" },
            { AuthMode.PersonalAccessToken, JiraCredential.ForPersonalAccessToken(SecretText.FromString("SECRETü")), "Secret", "space or a non-ASCII" },
            { AuthMode.ApiToken, Basic(null, "SECRET"), "UserName", "required" },
            { AuthMode.ApiToken, Basic("   ", "SECRET"), "UserName", "required" },
            { AuthMode.ScopedApiToken, JiraCredential.ForPersonalAccessToken(SecretText.FromString("SECRET")), "UserName", "required for scoped API token" },
            { AuthMode.Password, JiraCredential.ForPassword("j\ndoe", SecretText.FromString("SECRET")), "UserName", "line break" },
            { AuthMode.ApiToken, Basic("me@example.com\0", "SECRET"), "UserName", "NUL" },
            { AuthMode.ApiToken, Basic("me@example.com:SECRET", "SECRET"), "UserName", "':'" },
        };

        [Theory]
        [MemberData(nameof(Rejections))]
        public void BadCredentialsAreRejectedNamingTheFieldButNotTheValue(AuthMode mode, object credential, string field, string problem)
        {
            var error = Assert.Throws<InvalidCredentialException>(() => AuthorizationHeaderFactory.Create(mode, (JiraCredential)credential));

            Assert.Equal(field, error.ParamName);
            Assert.Contains(problem, error.Message);
            Assert.DoesNotContain("SECRET", error.Message);
            Assert.DoesNotContain("SECRET", error.ToString());
            Assert.IsAssignableFrom<ArgumentException>(error);
        }
    }
}
