using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace JiraAuth.FakeJira.Hosting
{
    /// <summary>Captures requests for the tests, leaving the body readable for the endpoints afterwards.</summary>
    internal sealed class RequestRecorder
    {
        private const int MaxBodyChars = 64 * 1024;
        private readonly RequestLog log;

        public RequestRecorder(RequestLog log)
        {
            this.log = log;
        }

        public async Task RecordAsync(HttpContext context, string origin, string fullPath, string apiPath)
        {
            HttpRequest request = context.Request;
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> header in request.Headers)
            {
                headers[header.Key] = string.Join(", ", header.Value.ToArray());
            }
            log.Add(new LoggedRequest
            {
                Origin = origin,
                Method = request.Method,
                Path = fullPath,
                ApiPath = apiPath,
                Query = request.QueryString.HasValue ? request.QueryString.Value : "",
                Headers = headers,
                Body = await ReadBodyAsync(request),
                Timestamp = DateTimeOffset.UtcNow,
            });
        }

        private static async Task<string> ReadBodyAsync(HttpRequest request)
        {
            if (request.ContentLength == 0 || (request.ContentLength == null && !request.Headers.ContainsKey("Transfer-Encoding")))
            {
                return "";
            }
            request.EnableBuffering();
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            request.Body.Position = 0;
            string text = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            return text.Length > MaxBodyChars ? text.Substring(0, MaxBodyChars) : text;
        }
    }
}
