using System;
using System.Collections.Generic;
using System.Net.Http;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Http;
using JiraAuth.ErrorRecords;
using JiraAuth.Errors;
using Xunit;

namespace JiraAuth.Module.Tests.Units
{
    /// <summary>
    /// What a user reads for a failed REST call, from the answer to the ErrorRecord: one row per case of advice. The expected
    /// texts are those the module showed before the advice became remedy kinds, so a change of wording fails here.
    /// </summary>
    public class ApiFailureTextTests
    {
        private static readonly DateTimeOffset Now = new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.Zero);
        private const string Json = "application/json;charset=UTF-8";
        private const string IssuePath = "/rest/api/3/issue/NOPE-1";

        public static IEnumerable<object[]> Cases() => new[]
        {
            Row(403, "GET", IssuePath, "X-Seraph-LoginReason: AUTHENTICATION_DENIED", Json, "",
                "Jira stopped checking this account's password after failed logins; sign in once in a browser to clear the CAPTCHA, then try again."),
            Row(401, "GET", IssuePath, "X-Authentication-Denied-Reason: CAPTCHA_CHALLENGE; login-url=https://acme.atlassian.net/login", Json, "",
                "Jira stopped checking this account's password after failed logins; sign in once in a browser to clear the CAPTCHA, then try again."),
            Row(400, "POST", "/rest/api/3/issue", "", Json, "{\"errorMessages\":[],\"errors\":{\"summary\":\"You must specify a summary of the issue.\"}}",
                "Jira rejected the request; check the request body or JQL, starting with the fields listed."),
            Row(400, "POST", "/rest/api/3/issue", "", Json, "{\"errorMessages\":[\"one of 'fields' or 'update' required\"],\"errors\":{}}",
                "Jira rejected the request; check the request body, parameters or JQL."),
            Row(401, "GET", "/rest/api/3/myself", "", Json, "{\"code\":401,\"message\":\"Unauthorized; scope does not match\"}",
                "The scoped token lacks a scope this endpoint needs; add it to the token (or create a token with it)."),
            Row(401, "GET", "/rest/api/3/myself", "X-Failure-Category: FAILURE_CLIENT_SCOPE_CHECK", Json, "{\"code\":401,\"message\":\"Unauthorized\"}",
                "The scoped token lacks a scope this endpoint needs; add it to the token (or create a token with it)."),
            Row(401, "GET", "/rest/api/3/myself", "", "text/plain", "Basic authentication with passwords is deprecated.",
                "Jira Cloud no longer accepts passwords; use an API token with your e-mail address instead."),
            Row(401, "GET", "/rest/api/3/myself", "", Json, "{\"message\":\"Client must be authenticated to access this resource.\",\"status-code\":401}",
                "The credentials are invalid or expired. Run Test-JiraToken to check them and create a new token if needed."),
            Row(403, "GET", "/rest/api/3/announcementBanner", "", Json, "\"Only admins can read banner configuration.\"",
                "You are signed in but lack permission for this action; ask a Jira administrator for it."),
            Row(404, "GET", IssuePath, "", Json, "{\"errorMessages\":[\"Issue does not exist or you do not have permission to see it.\"],\"errors\":{}}",
                "It does not exist or you cannot see it: Jira answers 404 for both, so check the key and your permissions."),
            Row(405, "DELETE", "/rest/api/3/myself", "", Json, "",
                "This endpoint does not accept DELETE; check the method and the API path."),
            Row(409, "PUT", IssuePath, "", Json, "",
                "The request conflicts with the current state of the resource; reload it and try again."),
            Row(410, "GET", "/rest/api/3/search?jql=project%3DABC", "", Json, "{\"errorMessages\":[\"The requested API has been removed.\"]}",
                "The API was removed; use /rest/api/3/search/jql instead."),
            Row(410, "GET", "/rest/api/2/thing", "", Json, "{\"errorMessages\":[\"Removed; please migrate to the /rest/api/3/search/jql API.\"]}",
                "The API was removed; use /rest/api/3/search/jql instead."),
            Row(410, "GET", "/rest/api/3/thing", "", Json, "{\"errorMessages\":[\"Gone; use /rest/api/3/other.\"]}",
                "The API was removed; Jira's message names its replacement."),
            Row(413, "POST", "/rest/api/3/issue/bulk", "", Json, "",
                "The request is too large; send less data per request."),
            Row(415, "POST", "/rest/api/3/issue", "", Json, "",
                "Jira does not accept that Content-Type; send JSON with Content-Type: application/json."),
            Row(429, "GET", IssuePath, "Retry-After: 86400", Json, "",
                "Jira is rate limiting these requests and asked to wait a day or more; try again tomorrow, and spread scheduled jobs out. "
                + "Jira asked to wait 86400 s."),
            Row(429, "GET", IssuePath, "Retry-After: 1847", Json, "",
                "Jira is rate limiting these requests; wait 1847 seconds before trying again (the limit resets at 2026-01-01 01:30:47Z). "
                + "Jira asked to wait 1847 s."),
            Row(429, "GET", IssuePath, "Retry-After: 30|X-RateLimit-Reset: 2026-01-01T02:00Z", Json, "",
                "Jira is rate limiting these requests; wait 30 seconds before trying again (the limit resets at 2026-01-01 02:00:00Z). "
                + "Jira asked to wait 30 s."),
            Row(429, "GET", IssuePath, "Retry-After: 0", Json, "",
                "Jira is rate limiting these requests; wait 1 seconds before trying again (the limit resets at 2026-01-01 01:00:00Z). "
                + "Jira asked to wait 0 s."),
            Row(429, "GET", IssuePath, "X-RateLimit-Reset: 2026-01-01T02:00Z", Json, "",
                "Jira is rate limiting these requests; the limit resets at 2026-01-01 02:00:00Z: wait until then before trying again."),
            Row(429, "GET", IssuePath, "", Json, "",
                "Jira is rate limiting these requests; wait a while and retry with growing delays."),
            Row(500, "GET", IssuePath, "", Json, "",
                "This is a problem on Jira's side; try again later."),
            Row(503, "GET", IssuePath, "Retry-After: 30", Json, "",
                "This is a problem on Jira's side; try again later. Jira asked to wait 30 s."),
        };

        [Theory]
        [MemberData(nameof(Cases))]
        public void Each_failed_call_recommends_what_it_always_did(int status, string method, string path, string headers, string contentType, string body,
            string expected)
        {
            var api = Decode(status, method, path, headers, contentType, body);

            var record = JiraErrorRecords.FromApi(api);

            Assert.Equal("JiraApi" + status, record.FullyQualifiedErrorId);
            Assert.Equal(expected, record.ErrorDetails.RecommendedAction);
            Assert.Equal(api.Message, record.ErrorDetails.Message);
            Assert.Equal(api.Message, record.ToString());
        }

        [Fact]
        public void A_status_without_advice_has_no_recommended_action()
        {
            var api = Decode(418, "GET", IssuePath, "", Json, "");

            var record = JiraErrorRecords.FromApi(api);

            Assert.Equal("JiraApi418", record.FullyQualifiedErrorId);
            Assert.Null(record.ErrorDetails);
            Assert.Equal("Jira returned 418 for GET /rest/api/3/issue/NOPE-1.", record.ToString());
        }

        private static object[] Row(int status, string method, string path, string headers, string contentType, string body, string expected) =>
            new object[] { status, method, path, headers, contentType, body, expected };

        private static JiraApiException Decode(int status, string method, string path, string headers, string contentType, string body)
        {
            var headerTable = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var header in headers.Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                var colon = header.IndexOf(':');
                headerTable[header.Substring(0, colon)] = header.Substring(colon + 1).Trim();
            }
            var response = new JiraResponse(new HttpMethod(method), new Uri("https://acme.atlassian.net" + path), status, null, headerTable, contentType, body);
            return JiraErrorDecoder.Decode(response, Now);
        }
    }
}
