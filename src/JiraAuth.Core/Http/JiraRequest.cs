using System;
using System.Collections.Generic;
using System.Net.Http;

namespace JiraAuth.Core.Http
{
    /// <summary>One REST call as the caller describes it; the client resolves the path against the connection.</summary>
    internal sealed class JiraRequest
    {
        public JiraRequest(HttpMethod method, string path)
        {
            Method = method ?? HttpMethod.Get;
            Path = path ?? throw new ArgumentNullException(nameof(path));
        }

        public HttpMethod Method { get; set; }

        /// <summary>`/rest/...` (absolute to the API base), `issue/ABC-1` (relative to the default REST API version), or an absolute URL on the connection's
        /// own origin.</summary>
        public string Path { get; set; }

        /// <summary>Values may be strings, numbers, booleans, dates, or sequences (sent as repeated parameters).</summary>
        public IDictionary<string, object> Query { get; } = new Dictionary<string, object>(StringComparer.Ordinal);

        /// <summary>null, string, byte[], Stream, HttpContent, JToken, or any object (serialized to JSON).</summary>
        public object Body { get; set; }

        public string ContentType { get; set; }

        public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>Return error responses instead of throwing <see cref="JiraAuth.Core.Errors.JiraApiException"/>.</summary>
        public bool SkipHttpErrorCheck { get; set; }

        /// <summary>Overrides the connection's retry count for this call (-MaximumRetryCount); null keeps it.</summary>
        public int? MaxRetries { get; set; }

        /// <summary>Overrides the connection's total retry wait for this call (-MaximumRetryWaitSec); null keeps it.</summary>
        public TimeSpan? MaxRetryWait { get; set; }

        /// <summary>Whether the pipeline may send it again; by its method unless the caller knows better (OAuth token requests).</summary>
        internal RepeatRule Repeat { get; set; }

        public JiraRequest Clone()
        {
            var copy = new JiraRequest(Method, Path) { Body = Body, ContentType = ContentType, SkipHttpErrorCheck = SkipHttpErrorCheck, MaxRetries = MaxRetries,
                MaxRetryWait = MaxRetryWait, Repeat = Repeat };
            foreach (var pair in Query) copy.Query[pair.Key] = pair.Value;
            foreach (var pair in Headers) copy.Headers[pair.Key] = pair.Value;
            return copy;
        }
    }
}
