using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.OAuth;
using JiraAuth.OAuth;
using Xunit;

namespace JiraAuth.Module.Tests.Units
{
    /// <summary>
    /// Which site a 3LO sign-in that reaches several takes: a person at a prompt chooses; a non-interactive host and input
    /// from a pipe (where the console host's choice prompt cannot be answered reliably) get an error that lists the sites.
    /// </summary>
    public sealed class SiteChoiceTests
    {
        private static readonly IReadOnlyList<AccessibleSite> TwoSites = new[]
        {
            new AccessibleSite(Guid.NewGuid().ToString(), "https://alpha.atlassian.net", "alpha", null),
            new AccessibleSite(Guid.NewGuid().ToString(), "https://beta.atlassian.net", "beta", null),
        };

        [Fact]
        public void A_person_at_a_prompt_chooses()
        {
            var host = new ChoosingHost { Choice = 1 };
            Assert.Equal("beta", OAuthConnectRequests.ChooseSite(host, TwoSites, null, false).Name);
            Assert.Equal(1, host.Asked);
        }

        [Theory]
        [InlineData(true, false)]
        [InlineData(false, true)]
        public void Without_a_prompt_the_error_lists_the_sites_and_names_Site(bool nonInteractive, bool redirected)
        {
            var host = new ChoosingHost { IsNonInteractive = nonInteractive, InputIsRedirected = redirected };
            var error = Assert.Throws<ArgumentException>(() => OAuthConnectRequests.ChooseSite(host, TwoSites, null, false));
            Assert.Contains("https://alpha.atlassian.net (alpha), https://beta.atlassian.net (beta)", error.Message);
            Assert.Contains("-Site", error.Message);
            Assert.Equal(0, host.Asked);
        }

        [Fact]
        public void Site_picks_one_from_a_pipe_too()
        {
            var host = new ChoosingHost { InputIsRedirected = true };
            Assert.Equal("alpha", OAuthConnectRequests.ChooseSite(host, TwoSites, "alpha.atlassian.net", false).Name);
        }

        private sealed class ChoosingHost : ISignInHost
        {
            public int Choice { get; set; }
            public int Asked { get; private set; }
            public bool IsNonInteractive { get; set; }
            public bool InputIsRedirected { get; set; }

            public T Wait<T>(Func<CancellationToken, Task<T>> work) => work(CancellationToken.None).GetAwaiter().GetResult();
            public void Tell(string line) { }
            public string Ask(string prompt) => throw new InvalidOperationException("not asked here");
            public void WriteWarning(string text) { }

            public int Choose(string caption, string message, IReadOnlyList<string> choices)
            {
                Asked++;
                return Choice;
            }
        }
    }
}
