using System;
using System.Threading.Tasks;
using JiraAuth.FakeJira.Data;
using JiraAuth.FakeJira.Hosting;
using JiraAuth.FakeJira.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace JiraAuth.FakeJira.Endpoints
{
    /// <summary>Maps one handler under /rest/api/{2|3|latest}/... or /rest/agile/1.0/... and enforces its access level.</summary>
    internal sealed class ApiRouteMapper
    {
        private readonly IEndpointRouteBuilder routes;
        private readonly FakeDataStore store;
        private readonly FakeJiraOptions options;
        private readonly ServerAddresses addresses;

        public ApiRouteMapper(IEndpointRouteBuilder routes, FakeDataStore store, FakeJiraOptions options, ServerAddresses addresses)
        {
            this.addresses = addresses;
            this.routes = routes;
            this.store = store;
            this.options = options;
        }

        public FakeJiraOptions Options => options;

        public void Api(string method, string relative, ApiAccess access, Func<ApiCall, Task> handler) =>
            routes.MapMethods("/rest/api/{version}/" + relative, new[] { method }, context =>
                Dispatch(context, context.Request.RouteValues["version"]?.ToString(), access, handler));

        public void Agile(string method, string relative, ApiAccess access, Func<ApiCall, Task> handler) =>
            routes.MapMethods("/rest/agile/1.0/" + relative, new[] { method }, context => Dispatch(context, null, access, handler));

        public void Raw(string method, string pattern, RequestDelegate handler) =>
            routes.MapMethods(pattern, new[] { method }, handler);

        public void Fallback(RequestDelegate handler) => routes.MapFallback(handler);

        private Task Dispatch(HttpContext context, string version, ApiAccess access, Func<ApiCall, Task> handler)
        {
            if (version != null && version != "2" && version != "3" && version != "latest")
            {
                return NotFound.Write(context);
            }
            FakeRequestState state = FakeRequestState.Of(context);
            if (access == ApiAccess.Protected && state.Auth.RejectProtected != null)
            {
                return state.Auth.RejectProtected(context);
            }
            string linkVersion = version ?? (options.Deployment == FakeDeployment.DataCenter ? "2" : "3");
            var call = new ApiCall
            {
                Context = context,
                State = state,
                Links = new Links(state.ApiBase, linkVersion),
                Store = store,
                Options = options,
                Addresses = addresses,
            };
            return handler(call);
        }
    }
}
