using JiraAuth.Core.Auth;
using Xunit;

namespace JiraAuth.Core.Tests.Auth
{
    public sealed class AutoModeResolverTests
    {
        [Theory]
        [InlineData(null, AuthMode.PersonalAccessToken)]
        [InlineData("", AuthMode.PersonalAccessToken)]
        [InlineData("admin@acme.example", AuthMode.ApiToken)]
        public void Auto_without_a_probe_is_a_PAT_without_a_user_and_a_classic_token_with_one(string user, AuthMode expected) =>
            Assert.Equal(expected, AutoModeResolver.Resolve(AuthMode.Auto, user));

        [Fact]
        public void A_probe_keeps_Auto_when_there_is_a_user_so_it_can_try_the_site_and_then_the_gateway() =>
            Assert.Equal(AuthMode.Auto, AutoModeResolver.ForProbe(AuthMode.Auto, "admin@acme.example"));

        [Fact]
        public void A_probe_of_Auto_without_a_user_tests_a_PAT() =>
            Assert.Equal(AuthMode.PersonalAccessToken, AutoModeResolver.ForProbe(AuthMode.Auto, null));

        [Theory]
        [InlineData(AuthMode.ScopedApiToken)]
        [InlineData(AuthMode.Password)]
        public void An_explicit_mode_is_kept(AuthMode mode)
        {
            Assert.Equal(mode, AutoModeResolver.Resolve(mode, "admin"));
            Assert.Equal(mode, AutoModeResolver.ForProbe(mode, "admin"));
        }
    }
}
