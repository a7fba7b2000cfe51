using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using JiraAuth.FakeJira.Http;
using Microsoft.AspNetCore.Http;

namespace JiraAuth.FakeJira.Endpoints
{
    /// <summary>One canned response per error body format in
    /// https://developer.atlassian.com/cloud/jira/platform/swagger-v3.v3.json, so client error parsers can be tested against each.</summary>
    internal static class ErrorShapeCatalog
    {
        private static readonly Dictionary<string, Func<HttpContext, Task>> Shapes = new Dictionary<string, Func<HttpContext,
            Task>>(StringComparer.OrdinalIgnoreCase)
        {
            ["errorCollection"] = c => JiraResponse.Json(c, 400, new JsonObject
            {
                ["errorMessages"] = new JsonArray("Field 'priority' cannot be set. It is not on the appropriate screen, or unknown."),
                ["errors"] = new JsonObject { ["summary"] = "You must specify a summary of the issue." },
            }),
            ["messageStatusCode"] = c => JiraResponse.Json(c, 401, new JsonObject
            {
                ["message"] = "Access to this resource must be authenticated as an app.",
                ["statusCode"] = 401,
            }),
            ["errorsArray"] = c => JiraResponse.Json(c, 400, new JsonObject
            {
                ["errors"] = new JsonArray(new JsonObject { ["message"] = "The request contains an invalid issue ID: ABC-999." }),
            }),
            ["bareString"] = c => JiraResponse.Json(c, 403, JsonValue.Create("Only admins can read banner configuration.")),
            ["jerseyXml"] = c => JiraResponse.Text(c, 401, "application/xml;charset=UTF-8", ErrorBodies.Jersey401Xml),
            ["html"] = c => JiraResponse.Text(c, 502, JiraResponse.HtmlContentType, ErrorBodies.BadGatewayHtml()),
            ["empty"] = c => JiraResponse.Empty(c, 500),
            ["oauth"] = c => JiraResponse.Json(c, 403, new JsonObject
            {
                ["error"] = "invalid_grant",
                ["error_description"] = "Unknown or invalid refresh token.",
            }),
            ["rateLimited"] = c =>
            {
                IHeaderDictionary headers = c.Response.Headers;
                headers["Retry-After"] = "1";
                headers["RateLimit-Reason"] = "jira-burst-based";
                headers["X-RateLimit-Limit"] = "100";
                headers["X-RateLimit-Remaining"] = "0";
                headers["X-RateLimit-Reset"] = "2026-01-01T01:01:01Z";
                return JiraResponse.Json(c, 429, new JsonObject
                {
                    ["errorMessages"] = new JsonArray("The request has been rate-limited. Please try again later."),
                    ["errors"] = new JsonObject(),
                    ["status"] = 429,
                });
            },
            ["errorMessagesOnly"] = c => JiraResponse.Json(c, 400, new JsonObject
            {
                ["errorMessages"] = new JsonArray("Unrecognized field \"invalid\" (Class com.atlassian.jira.rest.v2.issue.component.ComponentBean), not marked "
                    + "as ignorable"),
            }),
        };

        public static IEnumerable<string> Names => Shapes.Keys;

        public static Func<HttpContext, Task> Find(string name) =>
            name != null && Shapes.TryGetValue(name, out Func<HttpContext, Task> writer) ? writer : null;
    }
}
