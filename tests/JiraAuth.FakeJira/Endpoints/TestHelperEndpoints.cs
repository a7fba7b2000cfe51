using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using JiraAuth.FakeJira.Http;

namespace JiraAuth.FakeJira.Endpoints
{
    /// <summary>
    /// Not part of Jira: helpers under /rest/api/{v}/test/ that let client tests provoke specific responses.
    /// They bypass authentication so they never disturb the CAPTCHA counters.
    /// </summary>
    internal static class TestHelperEndpoints
    {
        private static readonly string[] AllMethods = { "GET", "POST", "PUT", "DELETE", "PATCH" };

        public static void Map(ApiRouteMapper map)
        {
            foreach (string method in AllMethods)
            {
                map.Api(method, "test/error/{shape}", ApiAccess.Public, Error);
                map.Api(method, "test/redirect", ApiAccess.Public, Redirect);
                map.Api(method, "test/echo", ApiAccess.Public, Echo);
            }
        }

        private static Task Error(ApiCall call)
        {
            var writer = ErrorShapeCatalog.Find(call.Route("shape"));
            if (writer == null)
            {
                return JiraResponse.Json(call.Context, 404, ErrorBodies.ErrorCollection(
                    "Unknown error shape. Known shapes: " + string.Join(", ", ErrorShapeCatalog.Names)));
            }
            return writer(call.Context);
        }

        private static Task Redirect(ApiCall call)
        {
            string target = call.Query("to");
            if (target == null)
            {
                return JiraResponse.Json(call.Context, 400, ErrorBodies.ErrorCollection("The 'to' parameter is required."));
            }
            int status = call.QueryInt("status", 302);
            if (status < 300 || status > 399)
            {
                return JiraResponse.Json(call.Context, 400, ErrorBodies.ErrorCollection("The 'status' parameter must be a 3xx code."));
            }
            call.Context.Response.StatusCode = status;
            call.Context.Response.Headers.Location = target;
            return Task.CompletedTask;
        }

        /// <summary>Header names only: echoing Authorization values would leak secrets into test output.</summary>
        private static Task Echo(ApiCall call)
        {
            var query = new JsonObject();
            foreach (var pair in call.Request.Query)
            {
                query[pair.Key] = pair.Value.Count == 1 ? JsonValue.Create(pair.Value[0])
                    : new JsonArray(pair.Value.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
            }
            var headerNames = new JsonArray(call.Request.Headers.Keys.OrderBy(k => k, StringComparer.OrdinalIgnoreCase).Select(k =>
                (JsonNode)JsonValue.Create(k)).ToArray());
            var body = new JsonObject
            {
                ["origin"] = call.State.Origin,
                ["method"] = call.Request.Method,
                ["path"] = call.Request.PathBase.Add(call.Request.Path).Value,
                ["queryString"] = call.Request.QueryString.HasValue ? call.Request.QueryString.Value : "",
                ["query"] = query,
                ["headerNames"] = headerNames,
            };
            return JiraResponse.Json(call.Context, 200, body);
        }
    }
}
