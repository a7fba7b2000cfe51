using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Json;
using Newtonsoft.Json.Linq;

namespace JiraAuth.Core.Http
{
    /// <summary>
    /// A buffered response: status, headers (case-insensitive, repeated values joined with ", ") and body. The body is kept
    /// as the bytes that arrived; text and JSON tree are made only if someone asks, so large pages can be read straight
    /// from the bytes into output objects.
    /// </summary>
    internal sealed class JiraResponse
    {
        private readonly byte[] _body;
        private readonly Encoding _encoding;
        private string _bodyText;
        private JToken _json;
        private bool _parsed;

        public JiraResponse(HttpMethod method, Uri requestUri, int statusCode, string reasonPhrase,
            IReadOnlyDictionary<string, string> headers, string contentType, string bodyText)
            : this(method, requestUri, statusCode, reasonPhrase, headers, contentType, Encoding.UTF8.GetBytes(bodyText ?? string.Empty), Encoding.UTF8)
        {
            _bodyText = bodyText ?? string.Empty;
        }

        /// <param name="encoding">The charset the server declared (UTF-8 when it declared none).</param>
        public JiraResponse(HttpMethod method, Uri requestUri, int statusCode, string reasonPhrase,
            IReadOnlyDictionary<string, string> headers, string contentType, byte[] body, Encoding encoding)
        {
            Method = method;
            RequestUri = requestUri;
            StatusCode = statusCode;
            ReasonPhrase = reasonPhrase ?? string.Empty;
            Headers = headers ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            ContentType = contentType ?? string.Empty;
            _body = body ?? Array.Empty<byte>();
            _encoding = encoding ?? Encoding.UTF8;
        }

        public HttpMethod Method { get; }
        public Uri RequestUri { get; }
        public int StatusCode { get; }
        public string ReasonPhrase { get; }
        public IReadOnlyDictionary<string, string> Headers { get; }
        public string ContentType { get; }

        /// <summary>The body decoded with the declared charset; decoded on first use.</summary>
        public string BodyText => _bodyText ?? (_bodyText = _encoding.GetString(_body));

        public bool HasBody => _body.Length > 0;

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

        /// <summary>The body as text, decoded while it is read (no copy of the whole body as a string).</summary>
        public TextReader OpenBodyReader() => new StreamReader(new MemoryStream(_body, 0, _body.Length, writable: false), _encoding);

        /// <summary>
        /// The body as UTF-8 bytes, for scanning its structure without decoding it: the bytes as received when the charset is
        /// UTF-8 or ASCII (what Jira sends), otherwise re-encoded.
        /// </summary>
        internal byte[] Utf8Body => IsUtf8Compatible(_encoding) ? _body : Encoding.UTF8.GetBytes(BodyText);

        private static bool IsUtf8Compatible(Encoding encoding) => encoding.CodePage == Encoding.UTF8.CodePage || encoding.CodePage == 20127;

        public string GetHeader(string name) => HeaderLookup.Find(Headers, name);
    }
}
