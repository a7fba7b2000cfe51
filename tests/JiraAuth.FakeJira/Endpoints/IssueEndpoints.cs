using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using JiraAuth.FakeJira.Data;
using JiraAuth.FakeJira.Http;

namespace JiraAuth.FakeJira.Endpoints
{
    internal static class IssueEndpoints
    {
        private const string IssueMissing = "Issue does not exist or you do not have permission to see it.";

        public static void Map(ApiRouteMapper map)
        {
            map.Api("GET", "issue/{issueIdOrKey}", ApiAccess.Protected, GetIssue);
            map.Api("PUT", "issue/{issueIdOrKey}", ApiAccess.Protected, EditIssue);
            map.Api("POST", "issue", ApiAccess.Protected, CreateIssue);
            map.Api("GET", "issue/{issueIdOrKey}/comment", ApiAccess.Protected, GetComments);
        }

        public static Task WriteIssueMissing(ApiCall call) =>
            JiraResponse.Json(call.Context, 404, ErrorBodies.ErrorCollection(IssueMissing));

        private static Task GetIssue(ApiCall call)
        {
            IssueRecord issue = call.Store.FindIssue(call.Route("issueIdOrKey"));
            if (issue == null)
            {
                return WriteIssueMissing(call);
            }
            FieldSelection fields = FieldSelection.Parse(call.Request.Query["fields"].ToArray(), "*all");
            JsonObject body = IssueShapes.Issue(call.Links, issue, call.Store.FindProject(issue.ProjectKey), fields, IssueShapes.IssueExpand);
            return JiraResponse.Json(call.Context, 200, body);
        }

        private static async Task CreateIssue(ApiCall call)
        {
            JsonObject body = await JsonBody.ReadObjectAsync(call.Request);
            JsonObject fields = body?["fields"] as JsonObject;
            var errors = new Dictionary<string, string>();
            string projectKey = JsonBody.String(fields?["project"]?["key"]) ?? JsonBody.String(fields?["project"]?["id"]);
            ProjectRecord project = projectKey == null ? null : call.Store.FindProject(projectKey);
            string summary = JsonBody.String(fields?["summary"]);
            string issueType = JsonBody.String(fields?["issuetype"]?["name"]) ?? JsonBody.String(fields?["issuetype"]?["id"]);
            if (project == null) { errors["project"] = "Specify a valid project ID or key"; }
            if (string.IsNullOrWhiteSpace(summary)) { errors["summary"] = "You must specify a summary of the issue."; }
            if (issueType == null) { errors["issuetype"] = "Specify an issue type"; }
            if (errors.Count > 0)
            {
                await JiraResponse.Json(call.Context, 400, ErrorBodies.FieldErrors(errors));
                return;
            }
            DirectoryUser reporter = call.User?.AccountId == null ? null : call.Store.FindUser(call.User.AccountId);
            IssueRecord issue = call.Store.CreateIssue(project, summary, issueType, null, reporter);
            var created = new JsonObject
            {
                ["id"] = issue.Id,
                ["key"] = issue.Key,
                ["self"] = call.Links.Api("issue/" + issue.Id),
            };
            await JiraResponse.Json(call.Context, 201, created);
        }

        private static async Task EditIssue(ApiCall call)
        {
            IssueRecord issue = call.Store.FindIssue(call.Route("issueIdOrKey"));
            if (issue == null)
            {
                await WriteIssueMissing(call);
                return;
            }
            JsonObject body = await JsonBody.ReadObjectAsync(call.Request);
            if (body == null || (body["fields"] == null && body["update"] == null))
            {
                await JiraResponse.Json(call.Context, 400, ErrorBodies.ErrorCollection("one of 'fields' or 'update' required"));
                return;
            }
            string summary = JsonBody.String(body["fields"]?["summary"]);
            JsonArray labels = body["fields"]?["labels"] as JsonArray;
            call.Store.Update(issue, record =>
            {
                if (summary != null) { record.Summary = summary; }
                if (labels != null) { record.Labels = labels.Select(JsonBody.String).Where(l => l != null).ToList(); }
            });
            await JiraResponse.Empty(call.Context, 204);
        }

        /// <summary>PageOfComments: offset paging with its own "comments" key, default page size 100.</summary>
        private static Task GetComments(ApiCall call)
        {
            IssueRecord issue = call.Store.FindIssue(call.Route("issueIdOrKey"));
            if (issue == null)
            {
                return WriteIssueMissing(call);
            }
            PageRequest page = PageRequest.From(call, defaultMax: 100, cap: 5000);
            IReadOnlyList<CommentRecord> all = call.Store.Comments(issue);
            var comments = new JsonArray();
            foreach (CommentRecord comment in all.Skip(page.StartAt).Take(page.MaxResults))
            {
                comments.Add(CommentShapes.Comment(call.Links, comment));
            }
            var body = new JsonObject
            {
                ["startAt"] = page.StartAt,
                ["maxResults"] = page.MaxResults,
                ["total"] = all.Count,
                ["comments"] = comments,
            };
            return JiraResponse.Json(call.Context, 200, body);
        }
    }
}
