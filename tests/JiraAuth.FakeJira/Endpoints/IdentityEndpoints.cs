using System;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using JiraAuth.FakeJira.Data;
using JiraAuth.FakeJira.Http;

namespace JiraAuth.FakeJira.Endpoints
{
    /// <summary>/myself and /serverInfo: the two endpoints clients use to validate a connection.</summary>
    internal static class IdentityEndpoints
    {
        public static void Map(ApiRouteMapper map)
        {
            map.Api("GET", "myself", ApiAccess.Protected, Myself);
            map.Api("GET", "serverInfo", ApiAccess.Public, ServerInfo);
        }

        private static Task Myself(ApiCall call)
        {
            string expand = call.Query("expand");
            JsonObject body = call.IsDataCenter
                ? UserShapes.DataCenterMyself(call.Links, call.User, expand)
                : UserShapes.CloudMyself(call.Links, call.User, expand);
            return JiraResponse.Json(call.Context, 200, body);
        }

        private static Task ServerInfo(ApiCall call)
        {
            DateTimeOffset now = DateTimeOffset.UtcNow;
            bool dc = call.IsDataCenter;
            var body = new JsonObject
            {
                // Even through the gateway, Cloud reports the site URL as baseUrl.
                ["baseUrl"] = call.Addresses.SiteBase,
                ["displayUrl"] = call.Addresses.SiteBase,
                ["version"] = dc ? "9.12.2" : "1001.0.0-SNAPSHOT",
                ["versionNumbers"] = dc ? new JsonArray(9, 12, 2) : new JsonArray(1001, 0, 0),
                ["deploymentType"] = dc ? "Server" : "Cloud",
                ["buildNumber"] = dc ? 9120002 : 100282,
                ["buildDate"] = dc ? "2023-12-12T00:00:00.000+0000" : "2026-11-20T00:00:00.000+0000",
                ["serverTime"] = JiraDates.Format(now),
                ["scmInfo"] = "1f51473f5c7b75c1a69a0090f4832cdc5053702a",
                ["serverTitle"] = dc ? "Corp Jira" : "Jira",
                ["defaultLocale"] = new JsonObject { ["locale"] = "en_US" },
                ["serverTimeZone"] = "Etc/UTC",
            };
            return JiraResponse.Json(call.Context, 200, body);
        }
    }
}
