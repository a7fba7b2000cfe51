using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace JiraAuth.FakeJira.Hosting
{
    internal static class FaultWriter
    {
        // How long a stalled body stays silent: far longer than any client timeout in the tests.
        private static readonly TimeSpan StallFor = TimeSpan.FromMinutes(2);

        public static async Task WriteAsync(HttpContext context, ScriptedFault fault)
        {
            if (fault.Hold != null) await fault.Hold.HoldAsync(context.RequestAborted);
            switch (fault.Transport)
            {
                case TransportFault.ResetBeforeHeaders:
                    context.Abort();
                    return;
                case TransportFault.SlowHeaders:
                    await DelayQuietly(fault.Delay, context.RequestAborted);
                    break;
                case TransportFault.ResetMidBody:
                case TransportFault.StallBody:
                    await WriteHalfAsync(context, fault);
                    if (fault.Transport == TransportFault.ResetMidBody) context.Abort();
                    else await DelayQuietly(StallFor, context.RequestAborted);
                    return;
            }

            context.Response.StatusCode = fault.Status;
            foreach (KeyValuePair<string, string> header in fault.Headers)
            {
                context.Response.Headers[header.Key] = header.Value;
            }
            if (fault.ContentType != null)
            {
                context.Response.ContentType = fault.ContentType;
            }
            if (fault.GeneratedBodyBytes > 0)
            {
                await WriteGeneratedAsync(context, fault.GeneratedBodyBytes);
                return;
            }
            if (!string.IsNullOrEmpty(fault.Body))
            {
                await context.Response.WriteAsync(fault.Body, Encoding.UTF8);
            }
        }

        private static async Task WriteHalfAsync(HttpContext context, ScriptedFault fault)
        {
            byte[] body = Encoding.UTF8.GetBytes(fault.Body ?? "{}");
            context.Response.StatusCode = 200;
            context.Response.ContentType = fault.ContentType;
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, 0, body.Length / 2);
            await context.Response.Body.FlushAsync();
        }

        /// <summary>[ "xxxx…", "xxxx…", … ] of exactly <paramref name="bytes"/> bytes, written in 64 KB pieces.</summary>
        private static async Task WriteGeneratedAsync(HttpContext context, long bytes)
        {
            context.Response.ContentLength = bytes;
            const int item = 1000;
            byte[] piece = Encoding.ASCII.GetBytes("\"" + new string('x', item - 3) + "\",");
            long written = 0;
            await context.Response.Body.WriteAsync(new byte[] { (byte)'[' }, 0, 1);
            written++;
            var buffer = new List<byte>(65536);
            while (bytes - written > item + 3)
            {
                buffer.AddRange(piece);
                written += piece.Length;
                if (buffer.Count >= 64000)
                {
                    await context.Response.Body.WriteAsync(buffer.ToArray(), 0, buffer.Count);
                    buffer.Clear();
                }
            }
            // The last string fills the remainder exactly, then the array closes.
            long last = bytes - written - 1;
            buffer.AddRange(Encoding.ASCII.GetBytes("\"" + new string('y', (int)Math.Max(0, last - 2)) + "\"]"));
            await context.Response.Body.WriteAsync(buffer.ToArray(), 0, buffer.Count);
        }

        private static async Task DelayQuietly(TimeSpan delay, CancellationToken aborted)
        {
            try
            {
                await Task.Delay(delay, aborted);
            }
            catch (OperationCanceledException)
            {
                // The client gave up, which is what the fault is for.
            }
        }
    }
}
