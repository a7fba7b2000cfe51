using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using JiraAuth.FakeJira.Data;
using JiraAuth.FakeJira.Http;

namespace JiraAuth.FakeJira.Endpoints
{
    internal static class AgileEndpoints
    {
        private const string AgileIssueExpand = "operations,versionedRepresentations,editmeta,changelog,renderedFields";

        public static void Map(ApiRouteMapper map)
        {
            map.Agile("GET", "board", ApiAccess.Protected, GetBoards);
            map.Agile("GET", "board/{boardId}", ApiAccess.Protected, GetBoard);
            map.Agile("GET", "board/{boardId}/sprint", ApiAccess.Protected, GetSprints);
            map.Agile("GET", "sprint/{sprintId}/issue", ApiAccess.Protected, GetSprintIssues);
        }

        /// <summary>Agile paging with total and isLast, like a real board list.</summary>
        private static Task GetBoards(ApiCall call)
        {
            PageRequest page = PageRequest.From(call, defaultMax: 50, cap: 50);
            IReadOnlyList<BoardRecord> all = call.Store.Boards;
            var values = new JsonArray();
            foreach (BoardRecord board in all.Skip(page.StartAt).Take(page.MaxResults)) { values.Add(AgileShapes.Board(call.Links, board)); }
            var body = new JsonObject
            {
                ["maxResults"] = page.MaxResults,
                ["startAt"] = page.StartAt,
                ["total"] = all.Count,
                ["isLast"] = page.StartAt + values.Count >= all.Count,
                ["values"] = values,
            };
            return JiraResponse.Json(call.Context, 200, body);
        }

        private static Task GetBoard(ApiCall call)
        {
            BoardRecord board = FindBoard(call);
            return board == null ? WriteBoardMissing(call) : JiraResponse.Json(call.Context, 200, AgileShapes.Board(call.Links, board));
        }

        /// <summary>isLast but no total, and maxResults silently capped at 50 (JRACLOUD-90676, JSWCLOUD-18382).</summary>
        private static Task GetSprints(ApiCall call)
        {
            BoardRecord board = FindBoard(call);
            if (board == null)
            {
                return WriteBoardMissing(call);
            }
            if (board.Type != "scrum")
            {
                return JiraResponse.Json(call.Context, 400, ErrorBodies.ErrorCollection("The board does not support sprints"));
            }
            PageRequest page = PageRequest.From(call, defaultMax: 50, cap: 50);
            IReadOnlyList<SprintRecord> all = call.Store.Sprints(board.Id);
            List<SprintRecord> slice = all.Skip(page.StartAt).Take(page.MaxResults).ToList();
            var values = new JsonArray();
            foreach (SprintRecord sprint in slice) { values.Add(AgileShapes.Sprint(call.Links, sprint)); }
            var body = new JsonObject
            {
                ["maxResults"] = page.MaxResults,
                ["startAt"] = page.StartAt,
                ["isLast"] = page.StartAt + slice.Count >= all.Count,
                ["values"] = values,
            };
            return JiraResponse.Json(call.Context, 200, body);
        }

        /// <summary>The sprint's issues in the Agile API's SearchResults shape (expand, startAt, maxResults, total, issues).</summary>
        private static Task GetSprintIssues(ApiCall call)
        {
            if (!int.TryParse(call.Route("sprintId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int sprintId)
                || !call.Store.Sprints(1).Any(s => s.Id == sprintId))
            {
                return JiraResponse.Json(call.Context, 404, ErrorBodies.ErrorCollection("Sprint does not exist or you do not have permission to see it."));
            }
            PageRequest page = PageRequest.From(call, defaultMax: 50, cap: 50);
            List<IssueRecord> all = call.Store.AllIssues().Where(i => SampleDataGenerator.SprintOf(i) == sprintId).ToList();
            FieldSelection fields = FieldSelection.Parse(call.Request.Query["fields"].ToArray(), "*navigable");
            var issues = new JsonArray();
            foreach (IssueRecord issue in all.Skip(page.StartAt).Take(page.MaxResults))
            {
                issues.Add(IssueShapes.Issue(call.Links, issue, call.Store.FindProject(issue.ProjectKey), fields, AgileIssueExpand));
            }
            var body = new JsonObject
            {
                ["expand"] = "schema,names",
                ["startAt"] = page.StartAt,
                ["maxResults"] = page.MaxResults,
                ["total"] = all.Count,
                ["issues"] = issues,
            };
            return JiraResponse.Json(call.Context, 200, body);
        }

        private static BoardRecord FindBoard(ApiCall call) =>
            int.TryParse(call.Route("boardId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int id) ? call.Store.FindBoard(id) : null;

        private static Task WriteBoardMissing(ApiCall call) =>
            JiraResponse.Json(call.Context, 404, ErrorBodies.ErrorCollection("Board does not exist or you do not have permission to see it."));
    }
}
