using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace JiraAuth.Core.Http
{
    /// <summary>Turns a request body (text, bytes, stream, JSON tree or plain objects) into HTTP content; objects become JSON.</summary>
    internal static class RequestContentFactory
    {
        public const string JsonMediaType = "application/json";

        /// <summary>How dates are written to Jira, in bodies and query strings: Jira parses milliseconds and a numeric offset.</summary>
        public const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss.fffzzz";

        private static readonly JsonSerializerSettings SerializerSettings = new JsonSerializerSettings
        {
            DateFormatString = DateFormat,
            NullValueHandling = NullValueHandling.Include,
            ReferenceLoopHandling = ReferenceLoopHandling.Error,
        };

        public static HttpContent Create(object body, string contentType)
        {
            switch (body)
            {
                case null:
                    return null;
                case HttpContent content:
                    return content;
                case string text:
                    return WithType(new ByteArrayContent(Encoding.UTF8.GetBytes(text)), contentType ?? JsonMediaType, utf8: true);
                case byte[] bytes:
                    return WithType(new ByteArrayContent(bytes), contentType ?? "application/octet-stream", utf8: false);
                case Stream stream:
                    return WithType(new StreamContent(stream), contentType ?? "application/octet-stream", utf8: false);
                case JToken token:
                    return Json(token.ToString(Formatting.None), contentType);
                default:
                    return Json(JsonConvert.SerializeObject(body, SerializerSettings), contentType);
            }
        }

        private static HttpContent Json(string json, string contentType) =>
            WithType(new ByteArrayContent(Encoding.UTF8.GetBytes(json)), contentType ?? JsonMediaType, utf8: true);

        private static HttpContent WithType(HttpContent content, string contentType, bool utf8)
        {
            if (!MediaTypeHeaderValue.TryParse(contentType, out var type))
            {
                throw new ArgumentException($"'{contentType}' is not a valid content type. Use a value such as 'application/json'.", nameof(contentType));
            }
            if (utf8 && type.CharSet == null
                && (type.MediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase)
                || type.MediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)))
            {
                type.CharSet = "utf-8";
            }
            content.Headers.ContentType = type;
            return content;
        }
    }
}
