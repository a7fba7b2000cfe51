using System.Text.Json.Nodes;
using JiraAuth.FakeJira.Http;

namespace JiraAuth.FakeJira.Endpoints
{
    /// <summary>/_edge/tenant_info: unauthenticated cloudId discovery, served only by a Cloud site.</summary>
    internal static class TenantInfoEndpoint
    {
        public const string Path = "/_edge/tenant_info";

        public static void Map(ApiRouteMapper map)
        {
            map.Raw("GET", Path, context =>
            {
                FakeRequestState state = FakeRequestState.Of(context);
                if (map.Options.Deployment != FakeDeployment.Cloud || state.IsGateway)
                {
                    return NotFound.Write(context);
                }
                return JiraResponse.Json(context, 200, new JsonObject { ["cloudId"] = map.Options.CloudId });
            });
        }
    }
}
