using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace JiraAuth.FakeJira.Endpoints
{
    internal static class JsonBody
    {
        /// <summary>Null for an empty or malformed body; callers turn that into Jira's 400.</summary>
        public static async Task<JsonObject> ReadObjectAsync(HttpRequest request)
        {
            try
            {
                return await JsonNode.ParseAsync(request.Body) as JsonObject;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        public static string String(JsonNode node) =>
            node is JsonValue value && value.TryGetValue(out string text) ? text : null;
    }
}
