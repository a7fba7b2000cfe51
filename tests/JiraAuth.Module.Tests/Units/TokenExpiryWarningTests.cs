using System;
using JiraAuth.Connecting;
using Xunit;

namespace JiraAuth.Module.Tests.Units
{
    public class TokenExpiryWarningTests
    {
        private static readonly DateTimeOffset Now = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

        [Fact]
        public void No_expiry_date_means_no_warning() => Assert.Null(TokenExpiryWarning.For("prod", null, Now));

        [Fact]
        public void More_than_two_weeks_away_means_no_warning() => Assert.Null(TokenExpiryWarning.For("prod", Now.AddDays(15), Now));

        [Fact]
        public void Two_weeks_away_warns_with_the_days_left_and_how_to_replace_it()
        {
            var warning = TokenExpiryWarning.For("prod", Now.AddDays(14), Now);
            Assert.StartsWith("The token of connection 'prod' expires in 14 days", warning);
            Assert.Contains("Connect-JiraCloud -Save", warning);
        }

        [Fact]
        public void A_past_date_says_it_expired() =>
            Assert.StartsWith("The token of connection 'prod' expired on", TokenExpiryWarning.For("prod", Now.AddDays(-1), Now));
    }
}
