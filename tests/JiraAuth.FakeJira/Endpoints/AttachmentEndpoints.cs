using System;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using JiraAuth.FakeJira.Data;
using JiraAuth.FakeJira.Http;
using Microsoft.AspNetCore.Http;

namespace JiraAuth.FakeJira.Endpoints
{
    internal static class AttachmentEndpoints
    {
        public static void Map(ApiRouteMapper map)
        {
            map.Api("POST", "issue/{issueIdOrKey}/attachments", ApiAccess.Protected, Upload);
            map.Api("GET", "attachment/content/{id}", ApiAccess.Protected, Download);
        }

        /// <summary>Multipart uploads need X-Atlassian-Token: no-check, or Jira's XSRF filter rejects them.</summary>
        private static async Task Upload(ApiCall call)
        {
            if (!string.Equals(call.Request.Headers["X-Atlassian-Token"], "no-check", StringComparison.OrdinalIgnoreCase))
            {
                await JiraResponse.Text(call.Context, 403, JiraResponse.TextContentType, "XSRF check failed");
                return;
            }
            IssueRecord issue = call.Store.FindIssue(call.Route("issueIdOrKey"));
            if (issue == null)
            {
                await IssueEndpoints.WriteIssueMissing(call);
                return;
            }
            if (!call.Request.HasFormContentType)
            {
                await JiraResponse.Json(call.Context, 415, ErrorBodies.ErrorCollection("Expected multipart/form-data."));
                return;
            }
            IFormCollection form = await call.Request.ReadFormAsync();
            if (form.Files.Count == 0)
            {
                await JiraResponse.Json(call.Context, 400, ErrorBodies.ErrorCollection("No attachments were found in the request."));
                return;
            }
            DirectoryUser author = call.User?.AccountId == null ? null : call.Store.FindUser(call.User.AccountId);
            var result = new JsonArray();
            foreach (IFormFile file in form.Files)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer);
                string mimeType = string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType;
                AttachmentRecord stored = call.Store.AddAttachment(issue.Key, file.FileName, mimeType, buffer.ToArray(), author);
                result.Add(AttachmentShapes.Attachment(call.Links, stored));
            }
            await JiraResponse.Json(call.Context, 200, result);
        }

        private static async Task Download(ApiCall call)
        {
            AttachmentRecord attachment = call.Store.FindAttachment(call.Route("id"));
            if (attachment == null)
            {
                await JiraResponse.Json(call.Context, 404, ErrorBodies.ErrorCollection("The attachment with id '" + call.Route("id") + "' does not exist"));
                return;
            }
            call.Context.Response.StatusCode = 200;
            call.Context.Response.ContentType = "application/octet-stream";
            call.Context.Response.ContentLength = attachment.Content.Length;
            call.Context.Response.Headers.ContentDisposition = $"attachment; filename=\"{attachment.FileName}\"";
            await call.Context.Response.Body.WriteAsync(attachment.Content);
        }
    }
}
