using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace JiraAuth.FakeJira.Http
{
    /// <summary>Writes bodies with the exact content types Jira uses, because clients sniff them.</summary>
    internal static class JiraResponse
    {
        public const string JsonContentType = "application/json;charset=UTF-8";
        public const string HtmlContentType = "text/html;charset=UTF-8";
        public const string TextContentType = "text/plain;charset=UTF-8";

        private static readonly JsonSerializerOptions Compact = new JsonSerializerOptions
        {
            WriteIndented = false,
            // Jira writes '+' in timestamps and '<' in HTML-ish text literally; the default escaper would not.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        public static Task Json(HttpContext context, int status, JsonNode body)
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = JsonContentType;
            return context.Response.WriteAsync(body == null ? "null" : body.ToJsonString(Compact), Encoding.UTF8);
        }

        public static Task Text(HttpContext context, int status, string contentType, string body)
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            return context.Response.WriteAsync(body ?? "", Encoding.UTF8);
        }

        public static Task Empty(HttpContext context, int status)
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
    }
}
