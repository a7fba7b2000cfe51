using System;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Http;
using Newtonsoft.Json.Linq;

namespace JiraAuth.Core.Paging.Ranges
{
    /// <summary>
    /// Decides whether a search/jql export may be read as id ranges side by side, and cuts them. Only searches whose result
    /// cannot change by splitting qualify: ordered by id (or not ordered, when all of it is wanted), JQL read safely.
    /// The bounds come from two one-issue searches (ORDER BY id ASC and DESC, only the id field) and the size from
    /// POST search/approximate-count, all three at once; a count that cannot be had only makes the plan coarser.
    /// Endpoints: https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/
    /// </summary>
    internal sealed class SearchSplitPlanner
    {
        private const string SearchSuffix = "search/jql";
        private const string CountSuffix = "search/approximate-count";
        private const long JiraDefaultPageSize = 50;

        private readonly IJiraRequestSender _sender;
        private readonly JiraRequest _request;
        private readonly PagingOptions _options;

        public SearchSplitPlanner(IJiraRequestSender sender, JiraRequest request, PagingOptions options)
        {
            _sender = sender;
            _request = request;
            _options = options;
        }

        /// <summary>GET or POST search/jql, in any of the path forms a connection accepts.</summary>
        public static bool IsSearch(JiraRequest request)
        {
            if (request.Method != HttpMethod.Get && request.Method != HttpMethod.Post) return false;
            var path = request.Path.Split('?')[0].TrimEnd('/');
            return path.EndsWith("/" + SearchSuffix, StringComparison.OrdinalIgnoreCase)
                || string.Equals(path, SearchSuffix, StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>Why the search must stay one chain (for -Verbose), or null when the probes may go ahead with <paramref name="jql"/>.</summary>
        public string ReasonForOneChain(out JqlSearchText jql)
        {
            jql = null;
            const string prefix = "search/jql: one chain, because ";
            if (_options.ThrottleLimit < 2) return prefix + "only one page may be fetched at a time.";
            if (_request.SkipHttpErrorCheck) return prefix + "error answers are to be handed back as they come.";
            if (PagingParameters.ReadString(_request, "nextPageToken") != null) return prefix + "it continues from a given page token.";
            var text = PagingParameters.ReadString(_request, "jql");
            if (text == null) return prefix + "the request carries no JQL text (jql in the query for GET, in the JSON body for POST).";
            jql = JqlSearchText.Read(text);
            if (jql.Problem != null && jql.Order == IdOrder.Other && jql.OrderText != null)
            {
                return prefix + jql.Problem + "; only a search ordered by id, or not ordered, keeps its order when read as id ranges.";
            }
            if (jql.Problem != null) return prefix + "the JQL cannot be split into id ranges safely: " + jql.Problem + ".";
            if (jql.Order == IdOrder.None && (_options.First.HasValue || _options.Skip > 0))
            {
                return prefix + "the JQL has no ORDER BY and only part of the result is wanted, which must stay the part Jira itself would return first.";
            }
            return null;
        }

        public async Task<SearchSplitPlan> PlanAsync(JqlSearchText jql, CancellationToken cancellationToken)
        {
            var lowestTask = _sender.SendAsync(BoundProbe(jql.Restriction, "ASC"), cancellationToken);
            var highestTask = _sender.SendAsync(BoundProbe(jql.Restriction, "DESC"), cancellationToken);
            var countTask = ApproximateCountAsync(jql.Restriction, cancellationToken);
            BackgroundFaults.Observe(highestTask);
            BackgroundFaults.Observe(countTask);

            var lowest = FirstId(await lowestTask.ConfigureAwait(false));
            var highest = FirstId(await highestTask.ConfigureAwait(false));
            var count = await countTask.ConfigureAwait(false);
            if (!lowest.HasValue || !highest.HasValue)
            {
                return SearchSplitPlan.OneChain("search/jql: one chain, because no issue matched when the id bounds were asked.");
            }
            if (highest < lowest) (lowest, highest) = (highest, lowest);

            var pageSize = PagingParameters.ReadLong(_request, "maxResults") ?? JiraDefaultPageSize;
            var ranges = IdRangeCutter.Cut(lowest.Value, highest.Value, count, pageSize, _options.ThrottleLimit);
            if (ranges.Count < 2)
            {
                var size = count.HasValue ? "about " + count.Value.ToString("#,0", CultureInfo.InvariantCulture) + " issues" : "the ids";
                return SearchSplitPlan.OneChain("search/jql: one chain, because " + size + " fit in a few pages.", count);
            }
            return SearchSplitPlan.Split(ranges, jql.Order == IdOrder.Descending, count, lowest.Value, highest.Value);
        }

        private JiraRequest BoundProbe(string restriction, string direction)
        {
            var probe = PagingParameters.With(_request, "jql", "(" + restriction + ") ORDER BY id " + direction);
            probe = PagingParameters.With(probe, "maxResults", 1);
            probe = PagingParameters.With(probe, "fields", new[] { "id" });
            foreach (var unwanted in new[] { "expand", "properties", "startAt" }) probe = PagingParameters.Without(probe, unwanted);
            return probe;
        }

        // The count is an estimate and only sizes the plan and the progress bar, so its failure never fails the export.
        private async Task<long?> ApproximateCountAsync(string restriction, CancellationToken cancellationToken)
        {
            var path = _request.Path.Split('?')[0].TrimEnd('/');
            var request = _request.Clone();
            request.Method = HttpMethod.Post;
            request.Path = path.Substring(0, path.Length - SearchSuffix.Length) + CountSuffix;
            request.Query.Clear();
            request.ContentType = null;
            request.Body = new JObject { ["jql"] = restriction };
            try
            {
                var response = await _sender.SendAsync(request, cancellationToken).ConfigureAwait(false);
                return response.IsSuccess && response.Json?["count"] is JValue count && count.Type == JTokenType.Integer ? (long?)count.Value<long>() : null;
            }
            catch (Exception e) when (!(e is OperationCanceledException) && !(e is ObjectDisposedException))
            {
                return null;
            }
        }

        private static long? FirstId(JiraResponse response)
        {
            var id = (response.Json?["issues"] as JArray)?.Count > 0 ? response.Json["issues"][0]?["id"] : null;
            return id != null && long.TryParse(id.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : (long?)null;
        }
    }
}
