using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;

namespace JiraAuth.FakeJira.Endpoints
{
    internal static class EndpointCatalog
    {
        public static void MapAll(ApiRouteMapper map)
        {
            TenantInfoEndpoint.Map(map);
            IdentityEndpoints.Map(map);
            ProjectEndpoints.Map(map);
            UserEndpoints.Map(map);
            FieldEndpoints.Map(map);
            SearchEndpoints.Map(map);
            IssueEndpoints.Map(map);
            AttachmentEndpoints.Map(map);
            AgileEndpoints.Map(map);
            TestHelperEndpoints.Map(map);
            map.Fallback(context => NotFound.Write(context));
        }
    }
}
