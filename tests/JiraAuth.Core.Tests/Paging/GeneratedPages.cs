using System;
using System.Globalization;
using System.Linq;
using JiraAuth.Core.Http;
using Newtonsoft.Json.Linq;

namespace JiraAuth.Core.Tests.Paging
{
    /// <summary>Builds page bodies for a collection of items {"id": n}, honouring startAt and capping maxResults the way Jira does.</summary>
    internal static class GeneratedPages
    {
        public static JArray Items(long from, long count) =>
            new JArray(Enumerable.Range(0, (int)Math.Max(0, count)).Select(i => new JObject { ["id"] = from + i }));

        public static long StartAtOf(JiraRequest request) =>
            request.Query.TryGetValue("startAt", out var value) ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : 0;

        public static long? MaxResultsOf(JiraRequest request) =>
            request.Query.TryGetValue("maxResults", out var value) ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : (long?)null;

        /// <summary>An offset-style server over <paramref name="total"/> items that silently caps page size at <paramref name="cap"/>.</summary>
        public static Func<JiraRequest, int,
            string> OffsetServer(long total, long cap, string itemsKey = "values", bool includeTotal = true, bool includeIsLast = true)
        {
            return (request, index) =>
            {
                var startAt = StartAtOf(request);
                var size = Math.Min(MaxResultsOf(request) ?? 50, cap);
                var count = Math.Max(0, Math.Min(size, total - startAt));
                var page = new JObject { ["startAt"] = startAt, ["maxResults"] = size };
                if (includeTotal) page["total"] = total;
                if (includeIsLast) page["isLast"] = startAt + count >= total;
                page[itemsKey] = Items(startAt, count);
                return page.ToString();
            };
        }

        /// <summary>A users/search-like server: a bare array honouring startAt, capped page size.</summary>
        public static Func<JiraRequest, int, string> BareArrayServer(long total, long cap)
        {
            return (request, index) =>
            {
                var startAt = StartAtOf(request);
                var size = Math.Min(MaxResultsOf(request) ?? 50, cap);
                return Items(startAt, Math.Min(size, total - startAt)).ToString();
            };
        }

        public static long[] Ids(System.Collections.Generic.IEnumerable<JToken> items) => items.Select(i => i.Value<long>("id")).ToArray();

        public static long[] Range(long from, long count) => Enumerable.Range(0, (int)count).Select(i => from + i).ToArray();
    }
}
