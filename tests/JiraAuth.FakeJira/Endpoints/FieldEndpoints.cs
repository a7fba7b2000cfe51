using System.Text.Json.Nodes;
using System.Threading.Tasks;
using JiraAuth.FakeJira.Http;

namespace JiraAuth.FakeJira.Endpoints
{
    /// <summary>/field: a bare array of the fields the fake's issues have, system and custom, in the spec's FieldDetails shape.</summary>
    internal static class FieldEndpoints
    {
        public static void Map(ApiRouteMapper map)
        {
            map.Api("GET", "field", ApiAccess.Protected, GetFields);
        }

        private static Task GetFields(ApiCall call)
        {
            var fields = new JsonArray
            {
                System("summary", "Summary", "string"),
                System("status", "Status", "status"),
                System("description", "Description", "string"),
                System("assignee", "Assignee", "user"),
                Custom("customfield_10010", "Story Points", "number", "com.atlassian.jira.plugin.system.customfieldtypes:float", 10010),
                Custom("customfield_10011", "Big Number", "number", "com.atlassian.jira.plugin.system.customfieldtypes:float", 10011),
            };
            return JiraResponse.Json(call.Context, 200, fields);
        }

        private static JsonObject System(string id, string name, string type) => new JsonObject
        {
            ["id"] = id,
            ["key"] = id,
            ["name"] = name,
            ["custom"] = false,
            ["orderable"] = true,
            ["navigable"] = true,
            ["searchable"] = true,
            ["clauseNames"] = new JsonArray(id),
            ["schema"] = new JsonObject { ["type"] = type, ["system"] = id },
        };

        private static JsonObject Custom(string id, string name, string type, string customType, int customId) => new JsonObject
        {
            ["id"] = id,
            ["key"] = id,
            ["name"] = name,
            ["untranslatedName"] = name,
            ["custom"] = true,
            ["orderable"] = true,
            ["navigable"] = true,
            ["searchable"] = true,
            ["clauseNames"] = new JsonArray($"cf[{customId}]", name),
            ["schema"] = new JsonObject { ["type"] = type, ["custom"] = customType, ["customId"] = customId },
        };
    }
}
