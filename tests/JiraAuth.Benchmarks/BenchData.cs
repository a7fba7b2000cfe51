using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace JiraAuth.Benchmarks
{
    /// <summary>
    /// Real-shaped bodies: search pages made of copies of the recorded Cloud search response's issues (read at run time from
    /// ../shared/reference, never committed), and small issues for the paging runs. Without the recording (a clean clone)
    /// a synthetic issue of the same shape stands in, and the report says so.
    /// </summary>
    internal sealed class BenchData
    {
        private const string Recording = "fixtures/cloud-recorded/search.v3.offset-paged.json";
        private readonly Dictionary<string, byte[]> _pages = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        private readonly JArray _issues;

        public BenchData()
        {
            var path = Path.Combine(RepositoryRoot, "..", "shared", "reference", Recording);
            UsesRecording = File.Exists(path);
            _issues = UsesRecording ? (JArray)JObject.Parse(File.ReadAllText(path))["issues"] : new JArray(SyntheticIssue());
        }

        public bool UsesRecording { get; }

        public static string RepositoryRoot
        {
            get
            {
                for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
                {
                    if (File.Exists(Path.Combine(dir.FullName, "JiraAuth.sln"))) return dir.FullName;
                }
                throw new InvalidOperationException("JiraAuth.sln not found above " + AppContext.BaseDirectory);
            }
        }

        /// <summary>A search page of at least <paramref name="bytes"/> bytes, made of the recorded issues repeated.</summary>
        public byte[] SearchPage(string name, int bytes)
        {
            if (_pages.TryGetValue(name, out var page)) return page;
            var issues = new JArray();
            var size = 0;
            for (var i = 0; size < bytes; i++)
            {
                var issue = (JObject)_issues[i % _issues.Count].DeepClone();
                issue["id"] = (10000 + i).ToString(CultureInfo.InvariantCulture);
                issue["key"] = "KP-" + (i + 1).ToString(CultureInfo.InvariantCulture);
                size += Encoding.UTF8.GetByteCount(issue.ToString(Formatting.None)) + 1;
                issues.Add(issue);
            }
            var body = new JObject
            {
                ["expand"] = "names,schema", ["startAt"] = 0, ["maxResults"] = issues.Count, ["total"] = issues.Count, ["issues"] = issues,
            };
            page = Encoding.UTF8.GetBytes(body.ToString(Formatting.None));
            _pages[name] = page;
            return page;
        }

        /// <summary>startAt/maxResults/total paging over <paramref name="total"/> small issues (at most 100 per page).</summary>
        public static byte[] OffsetPage(long startAt, int maxResults, long total)
        {
            var count = (int)Math.Max(0, Math.Min(Math.Min(maxResults, 100), total - startAt));
            var sb = new StringBuilder(count * 320 + 100);
            sb.Append("{\"expand\":\"schema,names\",\"startAt\":").Append(startAt).Append(",\"maxResults\":").Append(Math.Min(maxResults, 100))
              .Append(",\"total\":").Append(total).Append(",\"issues\":[");
            AppendIssues(sb, startAt, count);
            sb.Append("]}");
            return Encoding.UTF8.GetBytes(sb.ToString());
        }

        /// <summary>
        /// nextPageToken/isLast paging (the /search/jql shape: items first, token after them) over issues 10001..10000+total,
        /// narrowed by the JQL's <c>id &gt;= a</c> / <c>id &lt; b</c> terms and ordered by <c>ORDER BY id DESC</c> when asked; the
        /// token is the last id handed out, as a keyset.
        /// </summary>
        public static byte[] TokenPage(string jql, string token, int maxResults, long total)
        {
            var range = BenchJql.Read(jql, total);
            var size = Math.Min(maxResults, 100);
            var after = string.IsNullOrEmpty(token) ? (long?)null : long.Parse(token.Substring(1), CultureInfo.InvariantCulture);
            long first, step = range.Descending ? -1 : 1;
            if (range.Descending) first = after.HasValue ? Math.Min(after.Value - 1, range.Highest) : range.Highest;
            else first = after.HasValue ? Math.Max(after.Value + 1, range.Lowest) : range.Lowest;
            var left = range.Descending ? first - range.Lowest + 1 : range.Highest - first + 1;
            var count = (int)Math.Max(0, Math.Min(size, left));
            var sb = new StringBuilder(count * 320 + 100);
            sb.Append("{\"issues\":[");
            for (var i = 0; i < count; i++)
            {
                if (i > 0) sb.Append(',');
                AppendIssue(sb, first + i * step - 10000);
            }
            sb.Append(']');
            if (count < left) sb.Append(",\"nextPageToken\":\"a").Append(first + (count - 1) * step).Append("\",\"isLast\":false");
            else sb.Append(",\"isLast\":true");
            sb.Append('}');
            return Encoding.UTF8.GetBytes(sb.ToString());
        }

        /// <summary>POST search/approximate-count: {"count": n} for the JQL in the body.</summary>
        public static byte[] ApproximateCount(string body, long total)
        {
            var range = BenchJql.Read((string)JObject.Parse(body)["jql"], total);
            return Encoding.UTF8.GetBytes("{\"count\":" + Math.Max(0, range.Highest - range.Lowest + 1).ToString(CultureInfo.InvariantCulture) + "}");
        }

        private static void AppendIssues(StringBuilder sb, long start, int count)
        {
            for (var i = 0; i < count; i++)
            {
                if (i > 0) sb.Append(',');
                AppendIssue(sb, start + i + 1);
            }
        }

        /// <summary>Issue number <paramref name="n"/>: id 10000 + n, key KP-n.</summary>
        private static void AppendIssue(StringBuilder sb, long n)
        {
            sb.Append("{\"expand\":\"operations,versionedRepresentations,editmeta,changelog,renderedFields\",\"id\":\"").Append(10000 + n)
              .Append("\",\"self\":\"https://acme.atlassian.net/rest/api/3/issue/").Append(10000 + n).Append("\",\"key\":\"KP-").Append(n)
              .Append("\",\"fields\":{\"summary\":\"Generated issue ").Append(n)
              .Append("\",\"status\":{\"name\":\"To Do\",\"id\":\"10000\"},\"priority\":{\"name\":\"Medium\",\"id\":\"3\"},")
              .Append("\"labels\":[\"bench\"],\"created\":\"2021-11-18T00:18:29.845+0000\",\"updated\":\"2021-11-19T10:15:30.000+0000\"}}");
        }

        public static byte[] Myself() => Encoding.UTF8.GetBytes(
            "{\"self\":\"https://acme.atlassian.net/rest/api/3/user?accountId=5b10ac8d82e05b22cc7d4ef5\",\"accountId\":\"5b10ac8d82e05b22cc7d4ef5\"," +
            "\"accountType\":\"atlassian\",\"emailAddress\":\"admin@acme.example\",\"avatarUrls\":{\"48x48\":\"https://avatar.example/48\"}," +
            "\"displayName\":\"Alice Admin\",\"active\":true,\"timeZone\":\"Europe/London\",\"locale\":\"en_GB\"}");

        private static JObject SyntheticIssue() => JObject.Parse(
            "{\"expand\":\"operations,versionedRepresentations,editmeta,changelog,renderedFields\",\"id\":\"10018\"," +
            "\"self\":\"https://acme.atlassian.net/rest/api/3/issue/10018\"," +
            "\"key\":\"KP-19\",\"fields\":{\"summary\":\"Synthetic "
                + "issue\",\"created\":\"2021-05-08T07:04:25.376+0100\",\"updated\":\"2021-11-18T00:18:29.845+0000\"," +
            "\"customfield_10043\":9000.0,\"customfield_10040\":\"2021-02-23\",\"labels\":[\"a\",\"b\"],\"watches\":{\"watchCount\":1,\"isWatching\":true}," +
            "\"description\":{\"version\":1,\"type\":\"doc\",\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"Hello\"}]}]}}}");

        /// <summary>The bench site's routes. Query parameters total and delay (ms) shape the paging endpoints.</summary>
        /// <remarks>
        /// A path may also start with <c>sized/{total}/{delay}/</c>: the ranged search/jql export derives search/approximate-count
        /// from its path but sends none of the search's query with it, so the size of the bench search travels in the path.
        /// </remarks>
        public async Task<byte[]> Route(string path, IDictionary<string, string> query, string body)
        {
            if (path.StartsWith("sized/", StringComparison.Ordinal))
            {
                var parts = path.Split('/', 4);
                query = new Dictionary<string, string>(query, StringComparer.Ordinal) { ["total"] = parts[1], ["delay"] = parts[2] };
                path = parts[3];
            }
            var delay = query.TryGetValue("delay", out var d) ? int.Parse(d, CultureInfo.InvariantCulture) : 0;
            if (delay > 0) await Task.Delay(delay).ConfigureAwait(false);
            long Long(string name, long fallback) => query.TryGetValue(name, out var v) && v.Length > 0 ? long.Parse(v, CultureInfo.InvariantCulture)
                : fallback;
            switch (path)
            {
                case "myself":
                    return Myself();
                case "bench/page":
                    lock (_pages) return _pages.TryGetValue(query["name"], out var page) ? page : null;
                case "search":
                    return OffsetPage(Long("startAt", 0), (int)Long("maxResults", 50), Long("total", 0));
                case "search/jql":
                    return TokenPage(query.TryGetValue("jql", out var j) ? j : null, query.TryGetValue("nextPageToken", out var t) ? t : null,
                        (int)Long("maxResults", 50), Long("total", 0));
                case "search/approximate-count":
                    return ApproximateCount(body, Long("total", 0));
                default:
                    return null;
            }
        }
    }
}
