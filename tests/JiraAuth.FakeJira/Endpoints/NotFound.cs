using System.Threading.Tasks;
using JiraAuth.FakeJira.Http;
using Microsoft.AspNetCore.Http;

namespace JiraAuth.FakeJira.Endpoints
{
    internal static class NotFound
    {
        public static Task Write(HttpContext context) =>
            JiraResponse.Json(context, 404, ErrorBodies.ErrorCollection($"No resource found for {context.Request.Method} {context.Request.Path}."));
    }
}
