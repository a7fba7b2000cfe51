using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using JiraAuth.FakeJira.Data;
using JiraAuth.FakeJira.Http;

namespace JiraAuth.FakeJira.Endpoints
{
    internal static class ProjectEndpoints
    {
        public static void Map(ApiRouteMapper map)
        {
            map.Api("GET", "project/search", ApiAccess.Protected, Search);
            map.Api("GET", "project/{projectIdOrKey}", ApiAccess.Protected, GetProject);
        }

        /// <summary>One project, with its lead as project/{projectIdOrKey} returns it by default.</summary>
        private static Task GetProject(ApiCall call)
        {
            ProjectRecord project = call.Store.FindProject(call.Route("projectIdOrKey"));
            if (project == null)
            {
                string message = $"No project could be found with key '{call.Route("projectIdOrKey")}'.";
                return JiraResponse.Json(call.Context, 404, ErrorBodies.ErrorCollection(message));
            }
            JsonObject body = ProjectShapes.Full(call.Links, project);
            body["lead"] = UserShapes.DirectoryUser(call.Links, call.Store.Users[0]);
            return JiraResponse.Json(call.Context, 200, body);
        }

        /// <summary>PageBean paging; maxResults above 100 is silently reduced to 100, as the spec documents.</summary>
        private static Task Search(ApiCall call)
        {
            PageRequest page = PageRequest.From(call, defaultMax: 50, cap: 100);
            IReadOnlyList<ProjectRecord> all = call.Store.Projects;
            List<ProjectRecord> slice = all.Skip(page.StartAt).Take(page.MaxResults).ToList();
            bool isLast = page.StartAt + slice.Count >= all.Count;
            var values = new JsonArray();
            foreach (ProjectRecord project in slice) { values.Add(ProjectShapes.Full(call.Links, project)); }

            var body = new JsonObject { ["self"] = call.Links.Api($"project/search?startAt={page.StartAt}&maxResults={page.MaxResults}") };
            if (!isLast)
            {
                body["nextPage"] = call.Links.Api($"project/search?startAt={page.StartAt + slice.Count}&maxResults={page.MaxResults}");
            }
            body["maxResults"] = page.MaxResults;
            body["startAt"] = page.StartAt;
            body["total"] = all.Count;
            body["isLast"] = isLast;
            body["values"] = values;
            return JiraResponse.Json(call.Context, 200, body);
        }
    }
}
