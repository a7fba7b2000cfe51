using System;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Http;
using Xunit;

namespace JiraAuth.Core.Tests.Http
{
    public class TransportSettingsTests
    {
        [Fact]
        public void The_https_guard_refuses_http_and_names_what_would_travel()
        {
            var error = Assert.Throws<ArgumentException>(() =>
                TransportSettings.Default.RequireHttps(new Uri("http://auth.example:8080/oauth/token?x=1"), "the client secret"));

            Assert.Equal("http://auth.example:8080 is not https: the client secret would travel unencrypted.", error.Message);
            Assert.Equal(RemedyKind.UseHttpsEndpoint, Remedies.Of(error).Kind);
        }

        [Fact]
        public void The_https_guard_lets_https_pass_and_http_only_when_allowed()
        {
            TransportSettings.Default.RequireHttps(new Uri("https://auth.atlassian.com/oauth/token"), "the client secret");
            new TransportSettings { AllowUnencrypted = true }.RequireHttps(new Uri("http://127.0.0.1:9/"), "credentials");
        }

        [Fact]
        public void WithTimeout_keeps_the_proxy_and_the_unencrypted_allowance_and_leaves_the_original_alone()
        {
            var proxy = new ProxySettings { Address = new Uri("http://proxy.corp.example:3128") };
            var original = new TransportSettings { Proxy = proxy, AllowUnencrypted = true };

            var changed = original.WithTimeout(TimeSpan.FromSeconds(7));

            Assert.Equal(TimeSpan.FromSeconds(7), changed.Timeout);
            Assert.Same(proxy, changed.Proxy);
            Assert.True(changed.AllowUnencrypted);
            Assert.Equal(TransportSettings.DefaultTimeout, original.Timeout);
        }
    }
}
