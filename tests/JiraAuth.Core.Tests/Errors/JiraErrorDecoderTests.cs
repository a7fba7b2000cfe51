using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Http;
using JiraAuth.Core.Tests.Support;
using Xunit;

namespace JiraAuth.Core.Tests.Errors
{
    public class JiraErrorDecoderTests
    {
        private static readonly DateTimeOffset Now = new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.Zero);

        private static JiraApiException Decode(int status, string reason, string body, string contentType = "application/json;charset=UTF-8",
            string uri = "https://acme.atlassian.net/rest/api/3/issue/NOPE-1", HttpMethod method = null, IReadOnlyDictionary<string, string> headers = null)
        {
            var response = new JiraResponse(method ?? HttpMethod.Get, new Uri(uri), status, reason, headers, contentType, body);
            return JiraErrorDecoder.Decode(response, Now);
        }

        private static Dictionary<string, string> Headers(params string[] nameValuePairs)
        {
            var headers = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < nameValuePairs.Length; i += 2) headers[nameValuePairs[i]] = nameValuePairs[i + 1];
            return headers;
        }

        [Fact]
        public void MessageNamesStatusMethodPathAndJirasWords()
        {
            var error = Decode(404, "Not Found", "{\"errorMessages\":[\"Issue does not exist or you do not have permission to see it.\"],\"errors\":{}}");

            Assert.Equal("Jira returned 404 Not Found for GET /rest/api/3/issue/NOPE-1: Issue does not exist or you do not have permission to see it.",
                error.Message);
            Assert.Equal(404, error.StatusCode);
            Assert.Equal("GET", error.Method);
            Assert.Equal(new Uri("https://acme.atlassian.net/rest/api/3/issue/NOPE-1"), error.RequestUri);
            Assert.Equal(new[] { "Issue does not exist or you do not have permission to see it." }, error.ErrorMessages);
            Assert.Empty(error.FieldErrors);
            Assert.Equal(RemedyKind.CheckKeyAndPermissions, error.Remedy.Kind);
            Assert.Null(error.ResponseExcerpt);
        }

        [FixtureFact]
        public void ServerFieldErrors()
        {
            var error = Decode(400, "Bad Request", Fixtures.Read("server-recorded/error.400.field-errors.json"), method: HttpMethod.Post,
                uri: "http://localhost:2990/jira/rest/api/2/issue");

            Assert.Empty(error.ErrorMessages);
            Assert.Equal("Field 'invalid' is not valid for this operation.", error.FieldErrors["invalid"]);
            Assert.Equal("Jira returned 400 Bad Request for POST /jira/rest/api/2/issue: invalid: Field 'invalid' is not valid for this operation.",
                error.Message);
            Assert.Equal(RemedyKind.FixRequestFields, error.Remedy.Kind);
            Assert.Equal(new[] { "invalid: Field 'invalid' is not valid for this operation." }, error.AllMessages);
        }

        [FixtureFact]
        public void ServerErrorMessages()
        {
            var error = Decode(400, "Bad Request", Fixtures.Read("server-recorded/error.400.errorMessages.json"));

            Assert.Equal(new[] { "one of 'fields' or 'update' required" }, error.ErrorMessages);
            Assert.EndsWith(": one of 'fields' or 'update' required", error.Message);
            Assert.Equal(RemedyKind.FixRequest, error.Remedy.Kind);
        }

        [FixtureFact]
        public void ServerErrorMessagesWithoutErrorsKeyAreCollapsedToOneLineInTheMessage()
        {
            var error = Decode(400, "Bad Request", Fixtures.Read("server-recorded/error.400.errorMessages-only-no-errors-key.json"));

            Assert.Single(error.ErrorMessages);
            Assert.StartsWith("Unrecognized field \"invalid\"", error.ErrorMessages[0]);
            Assert.Contains("\n", error.ErrorMessages[0]);
            Assert.DoesNotContain("\n", error.Message);
            Assert.Contains("not marked as ignorable at [Source:", error.Message);
        }

        [FixtureFact]
        public void GoJiraNoRole()
        {
            var error = Decode(404, "Not Found", Fixtures.Read("go-jira/no_role.json"), uri: "https://acme.atlassian.net/rest/api/3/role/99");

            Assert.Equal(new[] { "Role with given id not found." }, error.ErrorMessages);
            Assert.Equal("Jira returned 404 Not Found for GET /rest/api/3/role/99: Role with given id not found.", error.Message);
        }

        [FixtureFact]
        public void SearchRemoved()
        {
            var error = Decode(410, "Gone", Fixtures.Read("transcribed/cloud.410.search-removed.json"),
                uri: "https://acme.atlassian.net/rest/api/3/search?jql=project%3DABC");

            Assert.StartsWith("Jira returned 410 Gone for GET /rest/api/3/search: The requested API has been removed.", error.Message);
            Assert.Equal(RemedyKind.UseSearchJql, error.Remedy.Kind);
        }

        [Fact]
        public void OtherRemovedApiPointsToJirasMessage()
        {
            var error = Decode(410, "Gone", "{\"errorMessages\":[\"Gone; use /rest/api/3/other.\"]}", uri: "https://acme.atlassian.net/rest/api/3/thing");

            Assert.Equal(RemedyKind.UseReplacementApi, error.Remedy.Kind);
        }

        [Fact]
        public void AnotherRemovedApiWhoseMessageNamesTheNewSearchGetsTheSearchRemedy()
        {
            var error = Decode(410, "Gone", "{\"errorMessages\":[\"Removed; migrate to the /rest/api/3/search/jql API.\"]}",
                uri: "https://acme.atlassian.net/rest/api/2/thing");

            Assert.Equal(RemedyKind.UseSearchJql, error.Remedy.Kind);
        }

        [FixtureFact]
        public void RateLimitedWithAtlassiansHeaders()
        {
            var error = Decode(429, "Too Many Requests", Fixtures.Read("transcribed/cloud.429.rate-limited.json"),
                headers: HeaderExamples.Section("Quota 429"));

            Assert.Equal(new[] { "The request has been rate-limited. Please try again later." }, error.ErrorMessages);
            Assert.Equal(TimeSpan.FromSeconds(1847), error.RateLimit.RetryAfter);
            Assert.Equal("jira-quota-global-based", error.RateLimit.Reason);
            Assert.Equal(RemedyKind.RateLimitedWaitSeconds, error.Remedy.Kind);
            Assert.Equal(1847L, error.Remedy.WaitSeconds);
            Assert.Equal(error.RateLimit.ResetAt, error.Remedy.ResetsAt);
        }

        [Fact]
        public void RateLimitedWithOnlyAResetTime()
        {
            var error = Decode(429, "", "", headers: Headers("X-RateLimit-Reset", "2026-01-01T02:00Z", "X-RateLimit-Remaining", "0"));

            Assert.Equal("Jira returned 429 Too Many Requests for GET /rest/api/3/issue/NOPE-1.", error.Message);
            Assert.Equal(RemedyKind.RateLimitedUntilReset, error.Remedy.Kind);
            Assert.Equal(new DateTimeOffset(2026, 1, 1, 2, 0, 0, TimeSpan.Zero), error.Remedy.ResetsAt);
            Assert.Equal(0, error.RateLimit.Remaining);
        }

        [Fact]
        public void RateLimitedWithNoHeadersStillSaysToBackOff()
        {
            Assert.Equal(RemedyKind.RateLimitedBackOff, Decode(429, "Too Many Requests", "").Remedy.Kind);
        }

        [Fact]
        public void RateLimitedWithRetryAfterAndAResetTimeWaitsTheSecondsAndNamesJirasResetTime()
        {
            var remedy = Decode(429, "", "", headers: Headers("Retry-After", "30", "X-RateLimit-Reset", "2026-01-01T02:00Z")).Remedy;

            Assert.Equal(RemedyKind.RateLimitedWaitSeconds, remedy.Kind);
            Assert.Equal(30L, remedy.WaitSeconds);
            Assert.Equal(new DateTimeOffset(2026, 1, 1, 2, 0, 0, TimeSpan.Zero), remedy.ResetsAt);
            Assert.Equal("RateLimitedWaitSeconds(WaitSeconds=30, ResetsAt=2026-01-01 02:00:00Z)", remedy.ToString());
        }

        [Fact]
        public void ARetryAfterOfZeroStillWaitsOneSecond()
        {
            var remedy = Decode(429, "", "", headers: Headers("Retry-After", "0")).Remedy;

            Assert.Equal(1L, remedy.WaitSeconds);
            Assert.Equal(Now, remedy.ResetsAt);
        }

        [Fact]
        public void ARetryAfterOfADayOrMoreSaysToRetryTomorrow()
        {
            Assert.Equal(RemedyKind.RateLimitedRetryTomorrow, Decode(429, "", "", headers: Headers("Retry-After", "86400")).Remedy.Kind);
        }

        [Fact]
        public void RateLimitIsFilledForEveryStatus()
        {
            var error = Decode(503, "Service Unavailable", "", headers: Headers("retry-after", "30"));

            Assert.Equal(TimeSpan.FromSeconds(30), error.RateLimit.RetryAfter);
            Assert.Equal(RemedyKind.RetryJiraSideLater, error.Remedy.Kind);
        }

        [FixtureFact]
        public void JerseyJson401()
        {
            var error = Decode(401, "Unauthorized", Fixtures.Read("transcribed/cloud.401.client-must-be-authenticated.json"),
                uri: "https://acme.atlassian.net/rest/api/3/myself");

            Assert.Equal("Jira returned 401 Unauthorized for GET /rest/api/3/myself: Client must be authenticated to access this resource.", error.Message);
            Assert.Equal(RemedyKind.CheckCredential, error.Remedy.Kind);
        }

        [FixtureFact]
        public void JerseyXml401()
        {
            var error = Decode(401, "Unauthorized", Fixtures.Read("transcribed/cloud.401.client-must-be-authenticated.xml"), contentType: "application/xml");

            Assert.Equal(new[] { "Client must be authenticated to access this resource." }, error.ErrorMessages);
            Assert.Null(error.ResponseExcerpt);
            Assert.Equal(RemedyKind.CheckCredential, error.Remedy.Kind);
        }

        [FixtureFact]
        public void GatewayScopeMismatchByBody()
        {
            var error = Decode(401, "Unauthorized", Fixtures.Read("transcribed/gateway.401.scope-mismatch.json"),
                uri: "https://api.atlassian.com/ex/jira/11223344-a1b2-3b33-c444-def123456789/rest/api/3/myself");

            Assert.Equal(new[] { "Unauthorized; scope does not match" }, error.ErrorMessages);
            Assert.Equal(RemedyKind.AddScopeToToken, error.Remedy.Kind);
        }

        [FixtureFact]
        public void GatewayScopeMismatchByHeader()
        {
            var error = Decode(401, "Unauthorized", "{\"code\":401,\"message\":\"Unauthorized\"}", headers: HeaderExamples.Section("Gateway scope failure"));

            Assert.Equal(RemedyKind.AddScopeToToken, error.Remedy.Kind);
        }

        [Fact]
        public void PasswordOnCloud()
        {
            var error = Decode(401, "Unauthorized",
                "Basic authentication with passwords is deprecated.  For more information, see: "
                + "https://developer.atlassian.com/cloud/confluence/deprecation-notice-basic-auth/", contentType: "text/plain");

            Assert.Equal(RemedyKind.UseApiTokenWithEmail, error.Remedy.Kind);
        }

        [FixtureFact]
        public void CaptchaLockout()
        {
            var error = Decode(403, "Forbidden", "", headers: HeaderExamples.Section("CAPTCHA lockout"));

            Assert.Equal(RemedyKind.ClearCaptchaThenRetry, error.Remedy.Kind);
        }

        [Fact]
        public void CaptchaNamedByTheDeniedReasonOnA401()
        {
            var error = Decode(401, "Unauthorized", "",
                headers: Headers("X-Authentication-Denied-Reason", "CAPTCHA_CHALLENGE; login-url=https://acme.atlassian.net"));

            Assert.Equal(RemedyKind.ClearCaptchaThenRetry, error.Remedy.Kind);
        }

        [Fact]
        public void PlainForbidden()
        {
            Assert.Equal(RemedyKind.AskForPermission, Decode(403, "Forbidden", "\"Only admins can read banner configuration.\"").Remedy.Kind);
        }

        [FixtureTheory]
        [InlineData("transcribed/oauth.token.401.access_denied.json", 401, "access_denied: Unauthorized")]
        [InlineData("transcribed/oauth.token.403.invalid_grant.json", 403, "invalid_grant: Unknown or invalid refresh token.")]
        [InlineData("transcribed/oauth.token.403.invalid_grant.expired-or-revoked.json", 403, "invalid_grant: Token has been expired or revoked.")]
        [InlineData("transcribed/oauth.token.403.unauthorized_client.json", 403, "unauthorized_client: refresh_token is invalid")]
        public void OAuthTokenErrors(string fixture, int status, string expected)
        {
            var error = Decode(status, null, Fixtures.Read(fixture), method: HttpMethod.Post, uri: "https://auth.atlassian.com/oauth/token");

            Assert.Equal(new[] { expected }, error.ErrorMessages);
            Assert.EndsWith("for POST /oauth/token: " + expected, error.Message);
        }

        [Fact]
        public void AppMessageWithStatusCode()
        {
            var error = Decode(401, "Unauthorized", "{\"message\":\"Access to this resource must be authenticated as an app.\",\"statusCode\":401}");

            Assert.Equal(new[] { "Access to this resource must be authenticated as an app." }, error.ErrorMessages);
        }

        [Fact]
        public void BulkErrorsArrayWithMessages()
        {
            var error = Decode(400, "Bad Request", "{\"errors\":[{\"message\":\"Issue ABC-1 is not found.\"},{\"message\":\"Issue ABC-2 is archived.\"}]}");

            Assert.Equal(new[] { "Issue ABC-1 is not found.", "Issue ABC-2 is archived." }, error.ErrorMessages);
            Assert.EndsWith(": Issue ABC-1 is not found. Issue ABC-2 is archived.", error.Message);
        }

        [Fact]
        public void BulkCreateElementErrors()
        {
            const string body = "{\"issues\":[],\"errors\":[{\"status\":400,\"elementErrors\":{\"errorMessages\":[],\"errors\":{\"summary\":\"You must specify "
                + "a summary of the issue.\"}},\"failedElementNumber\":0}]}";

            var error = Decode(400, "Bad Request", body, method: HttpMethod.Post);

            Assert.Equal("You must specify a summary of the issue.", error.FieldErrors["summary"]);
            Assert.EndsWith(": summary: You must specify a summary of the issue.", error.Message);
        }

        [Fact]
        public void FieldConfigurationResults()
        {
            var error = Decode(400, "Bad Request", "{\"results\":[{\"error\":\"Field scheme not found.\",\"success\":false}]}");

            Assert.Equal(new[] { "Field scheme not found." }, error.ErrorMessages);
        }

        [Fact]
        public void BareJsonString()
        {
            var error = Decode(403, "Forbidden", "\"Only admins can read banner configuration.\"",
                uri: "https://acme.atlassian.net/rest/api/3/announcementBanner");

            Assert.Equal("Jira returned 403 Forbidden for GET /rest/api/3/announcementBanner: Only admins can read banner configuration.", error.Message);
        }

        [Fact]
        public void UnknownJsonShapeKeepsAnExcerpt()
        {
            var error = Decode(500, "Internal Server Error", "{\"weird\":{\"x\":1}}");

            Assert.Empty(error.ErrorMessages);
            Assert.Equal("{\"weird\":{\"x\":1}}", error.ResponseExcerpt);
            Assert.Equal("Jira returned 500 Internal Server Error for GET /rest/api/3/issue/NOPE-1.", error.Message);
        }

        [Fact]
        public void HtmlPageIsReducedToItsTitle()
        {
            const string html = "<!doctype html><html><head><title>HTTP Status 429 &#8211; Too   Many\n "
                + "Requests</title><style>body{}</style></head><body><h1>Rate limited</h1></body></html>";

            var error = Decode(429, "Too Many Requests", html, contentType: "text/html;charset=utf-8", uri: "https://jira.corp.example/jira/rest/api/2/myself");

            Assert.Equal("HTTP Status 429 – Too Many Requests", error.ResponseExcerpt);
            Assert.Equal("Jira returned 429 Too Many Requests for GET /jira/rest/api/2/myself: HTTP Status 429 – Too Many Requests", error.Message);
        }

        [Fact]
        public void HtmlWithoutTitleIsReducedToItsVisibleText()
        {
            const string html = "<html><head><script>var secret = 1;</script></head><body>\n  <h1>Service   Unavailable</h1>\n<p>Try &amp; wait.</p><!-- node "
                + "3 --></body></html>";

            var error = Decode(503, "Service Unavailable", html, contentType: "application/json");

            Assert.Equal("Service Unavailable Try & wait.", error.ResponseExcerpt);
        }

        [Fact]
        public void LongHtmlIsCutToAShortLine()
        {
            var html = "<html><body><p>" + string.Concat(Enumerable.Repeat("word ", 200)) + "</p></body></html>";

            var error = Decode(502, "Bad Gateway", html, contentType: "text/html");

            Assert.Equal(200, error.ResponseExcerpt.Length);
            Assert.EndsWith("…", error.ResponseExcerpt);
        }

        [Fact]
        public void PlainTextBody()
        {
            var error = Decode(502, "Bad Gateway", "upstream connect error\nor disconnect", contentType: "text/plain");

            Assert.Equal("upstream connect error or disconnect", error.ResponseExcerpt);
            Assert.EndsWith(": upstream connect error or disconnect", error.Message);
        }

        [Theory]
        [InlineData("Bad Gateway", "Jira returned 502 Bad Gateway for GET /rest/api/3/issue/NOPE-1.")]
        [InlineData("", "Jira returned 502 Bad Gateway for GET /rest/api/3/issue/NOPE-1.")]
        public void EmptyBodyFallsBackToTheReasonPhrase(string reason, string expected)
        {
            var error = Decode(502, reason, "   ");

            Assert.Equal(expected, error.Message);
            Assert.Empty(error.ErrorMessages);
            Assert.Null(error.ResponseExcerpt);
        }

        [Fact]
        public void UnknownStatusWithoutReasonShowsTheNumber()
        {
            Assert.Equal("Jira returned 599 for GET /rest/api/3/issue/NOPE-1.", Decode(599, null, "").Message);
        }

        [Fact]
        public void MessageNeverContainsTheQueryStringOrHeaderValues()
        {
            var error = Decode(401, "Unauthorized", "{\"message\":\"Client must be authenticated to access this resource.\"}",
                uri: "https://acme.atlassian.net/rest/api/3/myself?access_token=SECRET-QUERY&x=1",
                headers: Headers("Set-Cookie", "session=SECRET-COOKIE", "WWW-Authenticate", "OAuth realm=\"SECRET-REALM\""));

            Assert.DoesNotContain("SECRET", error.Message);
            Assert.DoesNotContain("access_token", error.Message);
            Assert.DoesNotContain("SECRET", error.Remedy.ToString());
            Assert.Contains("/rest/api/3/myself:", error.Message);
        }

        [Theory]
        [InlineData(409, RemedyKind.ReloadAndRetry)]
        [InlineData(413, RemedyKind.SendLessData)]
        [InlineData(415, RemedyKind.SendJson)]
        [InlineData(500, RemedyKind.RetryJiraSideLater)]
        [InlineData(504, RemedyKind.RetryJiraSideLater)]
        public void EachStatusHasARemedy(int status, RemedyKind expected)
        {
            Assert.Equal(expected, Decode(status, null, "", method: HttpMethod.Delete).Remedy.Kind);
        }

        [Fact]
        public void A405NamesTheRefusedMethod()
        {
            var remedy = Decode(405, null, "", method: HttpMethod.Delete).Remedy;

            Assert.Equal(RemedyKind.CheckMethodAndPath, remedy.Kind);
            Assert.Equal("DELETE", remedy.Method);
        }

        [Fact]
        public void StatusesWithoutAdviceHaveNoRemedy()
        {
            Assert.Null(Decode(418, "I'm a teapot", "").Remedy);
        }
    }
}
