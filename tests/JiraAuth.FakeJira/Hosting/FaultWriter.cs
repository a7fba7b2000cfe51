using System.Collections.Generic;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace JiraAuth.FakeJira.Hosting
{
    internal static class FaultWriter
    {
        public static async Task WriteAsync(HttpContext context, ScriptedFault fault)
        {
            context.Response.StatusCode = fault.Status;
            foreach (KeyValuePair<string, string> header in fault.Headers)
            {
                context.Response.Headers[header.Key] = header.Value;
            }
            if (fault.ContentType != null)
            {
                context.Response.ContentType = fault.ContentType;
            }
            if (!string.IsNullOrEmpty(fault.Body))
            {
                await context.Response.WriteAsync(fault.Body, Encoding.UTF8);
            }
        }
    }
}
