using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using JiraAuth.FakeJira.Data;
using JiraAuth.FakeJira.Http;

namespace JiraAuth.FakeJira.Endpoints
{
    /// <summary>
    /// Cloud's enhanced search (/search/jql, token paging, no total) and the removed /search (410).
    /// Data Center still has the old offset-paged /search.
    /// </summary>
    internal static class SearchEndpoints
    {
        private const string UnboundedMessage = "Unbounded JQL queries are not allowed here. Please add a search restriction to your query.";
        private const string BadTokenMessage = "The provided next page token is invalid or expired.";

        public static void Map(ApiRouteMapper map)
        {
            map.Api("GET", "search/jql", ApiAccess.Protected, call => EnhancedSearch(call, FromQuery(call)));
            map.Api("POST", "search/jql", ApiAccess.Protected, async call =>
            {
                SearchParameters parameters = await FromBodyAsync(call);
                if (parameters == null)
                {
                    await JiraResponse.Json(call.Context, 400,
                        ErrorBodies.ErrorCollection("Invalid request payload. Refer to the REST API documentation and try again."));
                    return;
                }
                await EnhancedSearch(call, parameters);
            });
            map.Api("POST", "search/approximate-count", ApiAccess.Protected, ApproximateCount);
            map.Api("GET", "search", ApiAccess.Protected, call => LegacySearch(call, FromQuery(call)));
            map.Api("POST", "search", ApiAccess.Protected, async call => await LegacySearch(call, await FromBodyAsync(call)));
        }

        private static async Task EnhancedSearch(ApiCall call, SearchParameters parameters)
        {
            if (call.IsDataCenter)
            {
                await NotFound.Write(call.Context);
                return;
            }
            await BeforeSearchPage(call);
            var jql = new JqlQuery(parameters.Jql);
            if (jql.IsUnbounded)
            {
                await JiraResponse.Json(call.Context, 400, ErrorBodies.ErrorCollection(UnboundedMessage));
                return;
            }
            long afterId = 0;
            if (parameters.NextPageToken != null && !NextPageToken.TryDecode(parameters.NextPageToken, parameters.Jql, out afterId))
            {
                await JiraResponse.Json(call.Context, 400, ErrorBodies.ErrorCollection(BadTokenMessage));
                return;
            }
            int max = parameters.MaxResults is int requested && requested > 0 ? Math.Min(requested, 100) : 50;
            IReadOnlyList<IssueRecord> matches = jql.Apply(call.Store.AllIssues());
            // The page starts after the last issue the token handed out, in the query's order (keyset paging).
            IEnumerable<IssueRecord> rest = parameters.NextPageToken == null ? matches
                : matches.SkipWhile(i => jql.IsDescending ? IdOf(i) >= afterId : IdOf(i) <= afterId);
            List<IssueRecord> after = rest.Take(max + 1).ToList();
            List<IssueRecord> page = after.Take(max).ToList();
            bool isLast = after.Count <= max;

            FieldSelection fields = FieldSelection.Parse(parameters.Fields, "id");
            var issues = new JsonArray();
            foreach (IssueRecord issue in page)
            {
                issues.Add(IssueShapes.Issue(call.Links, issue, call.Store.FindProject(issue.ProjectKey), fields, ""));
            }
            var body = new JsonObject { ["issues"] = issues };
            if (!isLast)
            {
                // Omitted (not null) on the last page: that is how clients must detect the end.
                body["nextPageToken"] = NextPageToken.Encode(IdOf(page[page.Count - 1]), parameters.Jql);
            }
            body["isLast"] = isLast;
            await JiraResponse.Json(call.Context, 200, body);
        }

        private static long IdOf(IssueRecord issue) => long.Parse(issue.Id, System.Globalization.CultureInfo.InvariantCulture);

        private static async Task BeforeSearchPage(ApiCall call)
        {
            FakeSearchControls controls = call.Store.Search;
            int number = controls.NextPage();
            controls.BeforePage?.Invoke(number);
            if (controls.PageDelay > TimeSpan.Zero)
            {
                await Task.Delay(controls.PageDelay, call.Context.RequestAborted);
            }
        }

        /// <summary>POST search/approximate-count {"jql":…} → {"count":n}; bounded JQL only, Cloud only.</summary>
        private static async Task ApproximateCount(ApiCall call)
        {
            if (call.IsDataCenter)
            {
                await NotFound.Write(call.Context);
                return;
            }
            SearchParameters parameters = await FromBodyAsync(call);
            var jql = new JqlQuery(parameters?.Jql);
            if (parameters == null || jql.IsUnbounded)
            {
                await JiraResponse.Json(call.Context, 400, ErrorBodies.ErrorCollection(parameters == null
                    ? "Invalid request payload. Refer to the REST API documentation and try again." : UnboundedMessage));
                return;
            }
            await JiraResponse.Json(call.Context, 200, new JsonObject { ["count"] = jql.Apply(call.Store.AllIssues()).Count });
        }

        /// <summary>Cloud removed it in 2025 (CHANGE-2046); Data Center still serves it with startAt/total paging.</summary>
        private static Task LegacySearch(ApiCall call, SearchParameters parameters)
        {
            if (!call.IsDataCenter)
            {
                return JiraResponse.Json(call.Context, 410, ErrorBodies.ErrorCollection(ErrorBodies.SearchRemoved));
            }
            parameters ??= new SearchParameters();
            int startAt = Math.Max(0, parameters.StartAt ?? 0);
            int max = parameters.MaxResults is int requested && requested >= 0 ? Math.Min(requested, 1000) : 50;
            IReadOnlyList<IssueRecord> matches = new JqlQuery(parameters.Jql).Apply(call.Store.AllIssues());
            FieldSelection fields = FieldSelection.Parse(parameters.Fields, "*navigable");
            var issues = new JsonArray();
            foreach (IssueRecord issue in matches.Skip(startAt).Take(max))
            {
                issues.Add(IssueShapes.Issue(call.Links, issue, call.Store.FindProject(issue.ProjectKey), fields,
                    "operations,versionedRepresentations,editmeta,changelog,renderedFields"));
            }
            var body = new JsonObject
            {
                ["expand"] = "schema,names",
                ["startAt"] = startAt,
                ["maxResults"] = max,
                ["total"] = matches.Count,
                ["issues"] = issues,
            };
            return JiraResponse.Json(call.Context, 200, body);
        }

        private static SearchParameters FromQuery(ApiCall call) => new SearchParameters
        {
            Jql = call.Query("jql"),
            NextPageToken = call.Query("nextPageToken"),
            MaxResults = int.TryParse(call.Query("maxResults"), out int max) ? max : null,
            // startAt is accepted and ignored by /search/jql, which is exactly the trap clients fall into.
            StartAt = int.TryParse(call.Query("startAt"), out int start) ? start : null,
            Fields = call.Request.Query["fields"].ToArray(),
        };

        private static async Task<SearchParameters> FromBodyAsync(ApiCall call)
        {
            JsonNode body;
            try
            {
                body = await JsonNode.ParseAsync(call.Request.Body);
            }
            catch (JsonException)
            {
                return null;
            }
            if (body is not JsonObject json)
            {
                return null;
            }
            var parameters = new SearchParameters
            {
                Jql = StringOf(json["jql"]),
                NextPageToken = StringOf(json["nextPageToken"]),
                MaxResults = IntOf(json["maxResults"]),
                StartAt = IntOf(json["startAt"]),
            };
            JsonNode fields = json["fields"];
            if (fields is JsonArray array)
            {
                parameters.Fields = array.Select(StringOf).Where(f => f != null).ToArray();
            }
            else if (StringOf(fields) is string single)
            {
                parameters.Fields = new[] { single };
            }
            return parameters;
        }

        private static string StringOf(JsonNode node) =>
            node is JsonValue value && value.TryGetValue(out string text) ? text : null;

        private static int? IntOf(JsonNode node) =>
            node is JsonValue value && value.TryGetValue(out int number) ? number : null;
    }
}
