using System;
using System.Collections.Generic;
using System.Net.Http;
using JiraAuth.Core.Diagnosis;
using JiraAuth.Core.Http;
using Xunit;

namespace JiraAuth.Core.Tests.Diagnosis
{
    public sealed class AuthSignalsTests
    {
        private static JiraResponse Response(int status, Dictionary<string, string> headers = null, string body = "") =>
            new JiraResponse(HttpMethod.Get, new Uri("https://acme.atlassian.net/rest/api/3/myself"), status, null, headers, "application/json", body);

        [Theory]
        [InlineData("X-Seraph-LoginReason", "AUTHENTICATED_FAILED,AUTHENTICATION_DENIED")]
        [InlineData("x-authentication-denied-reason", "CAPTCHA_CHALLENGE; login-url=https://acme.atlassian.net/login.jsp")]
        public void A_CAPTCHA_lockout_is_read_from_either_header_in_any_case(string header, string value) =>
            Assert.True(AuthSignals.Read(Response(401, new Dictionary<string, string> { [header] = value })).IsCaptchaLockout);

        [Fact]
        public void A_failed_login_answered_anonymously_is_not_a_lockout()
        {
            var headers = new Dictionary<string, string> { ["X-Seraph-LoginReason"] = "AUTHENTICATED_FAILED", ["X-AUSERNAME"] = "anonymous" };
            var signals = AuthSignals.Read(Response(200, headers));
            Assert.True(signals.IsLoginFailed);
            Assert.True(signals.IsAnonymous);
            Assert.False(signals.IsCaptchaLockout);
        }

        [Fact]
        public void A_scope_mismatch_is_read_from_the_failure_category_or_from_the_message()
        {
            var headers = new Dictionary<string, string> { ["X-Failure-Category"] = "FAILURE_CLIENT_SCOPE_CHECK" };
            Assert.True(AuthSignals.Read(Response(401, headers)).IsScopeMismatch);
            Assert.True(AuthSignals.Read(Response(401), new[] { "Unauthorized; scope does not match" }).IsScopeMismatch);
            Assert.False(AuthSignals.Read(Response(401, body: "{\"message\":\"Unauthorized\"}")).IsScopeMismatch);
        }

        [Fact]
        public void A_rejected_password_is_read_from_the_body() =>
            Assert.True(AuthSignals.Read(Response(401, body: "Basic authentication with passwords is deprecated. For more information, see ..."))
                .IsPasswordRejected);
    }
}
