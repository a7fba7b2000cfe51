using System;
using System.Collections.Generic;
using System.Net.Http;
using JiraAuth.Core.Json;
using Newtonsoft.Json.Linq;

namespace JiraAuth.Core.Http
{
    /// <summary>A buffered response: status, headers (case-insensitive, repeated values joined with ", ") and body.</summary>
    public sealed class JiraResponse
    {
        private JToken _json;
        private bool _parsed;

        public JiraResponse(HttpMethod method, Uri requestUri, int statusCode, string reasonPhrase,
            IReadOnlyDictionary<string, string> headers, string contentType, string bodyText)
        {
            Method = method;
            RequestUri = requestUri;
            StatusCode = statusCode;
            ReasonPhrase = reasonPhrase ?? string.Empty;
            Headers = headers ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            ContentType = contentType ?? string.Empty;
            BodyText = bodyText ?? string.Empty;
        }

        public HttpMethod Method { get; }
        public Uri RequestUri { get; }
        public int StatusCode { get; }
        public string ReasonPhrase { get; }
        public IReadOnlyDictionary<string, string> Headers { get; }
        public string ContentType { get; }
        public string BodyText { get; }

        public bool IsSuccess => StatusCode >= 200 && StatusCode < 300;

        public bool IsJson => ContentType.IndexOf("json", StringComparison.OrdinalIgnoreCase) >= 0;

        /// <summary>The body parsed as JSON (dates and numbers left for the output converter), or null when it is not JSON.</summary>
        public JToken Json
        {
            get
            {
                if (!_parsed)
                {
                    _json = JiraJson.TryParse(BodyText);
                    _parsed = true;
                }
                return _json;
            }
        }

        public string GetHeader(string name) => Headers.TryGetValue(name, out var value) ? value : null;
    }
}
