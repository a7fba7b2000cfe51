using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using JiraAuth.FakeJira.Auth;
using JiraAuth.FakeJira.Http;
using JiraAuth.FakeJira.OAuth;
using Microsoft.AspNetCore.Http;

namespace JiraAuth.FakeJira.Hosting
{
    /// <summary>
    /// Everything that happens before routing, in the order the brief fixes: log, resolve prefix, scripted fault,
    /// deployment quirks, authentication.
    /// </summary>
    internal sealed class RequestPipeline
    {
        private readonly FakeJiraOptions options;
        private readonly ListenerPorts ports;
        private readonly RequestRecorder recorder;
        private readonly PathPrefixResolver prefixes;
        private readonly FaultQueue faults;
        private readonly CloudAuthenticator cloudAuth;
        private readonly DataCenterAuthenticator dataCenterAuth;
        private readonly FakeAuthorizationServer oauth;
        private long requestCounter;

        public RequestPipeline(FakeJiraOptions options, ListenerPorts ports, RequestLog log, FaultQueue faults, LoginFailureTracker failures,
            FakeAuthorizationServer oauth)
        {
            this.oauth = oauth;
            this.options = options;
            this.ports = ports;
            this.faults = faults;
            recorder = new RequestRecorder(log);
            prefixes = new PathPrefixResolver(options);
            cloudAuth = new CloudAuthenticator(failures, oauth);
            dataCenterAuth = new DataCenterAuthenticator(failures, oauth);
        }

        private bool IsDataCenter => options.Deployment == FakeDeployment.DataCenter;

        public async Task InvokeAsync(HttpContext context, Func<Task> next)
        {
            var state = new FakeRequestState { Origin = ports.OriginOf(context.Connection.LocalPort) };
            state.AttachTo(context);
            AddStandardHeaders(context);

            string fullPath = context.Request.PathBase.Add(context.Request.Path).Value ?? "/";
            Func<Task> authorizationServer = oauth.Route(context, state, fullPath);
            if (authorizationServer != null)
            {
                await recorder.RecordAsync(context, state.Origin, fullPath, fullPath);
                // Scripted faults reach the authorization server too (token-request retry tests).
                ScriptedFault tokenFault = faults.TryTake(fullPath);
                if (tokenFault != null) await FaultWriter.WriteAsync(context, tokenFault);
                else await authorizationServer();
                return;
            }
            bool inside = prefixes.TryStrip(context, state);
            string apiPath = inside ? context.Request.Path.Value : fullPath;
            await recorder.RecordAsync(context, state.Origin, fullPath, apiPath);

            if (!inside)
            {
                await WriteOutsidePrefixAsync(context, state, fullPath);
                return;
            }
            ScriptedFault fault = faults.TryTake(apiPath);
            if (fault != null)
            {
                await FaultWriter.WriteAsync(context, fault);
                return;
            }
            if (IsDataCenter && apiPath.StartsWith("/rest/api/3/", StringComparison.OrdinalIgnoreCase))
            {
                // v3 (ADF) exists only on Cloud; DC answers with its generic HTML 404 page.
                await JiraResponse.Text(context, 404, JiraResponse.HtmlContentType, ErrorBodies.NotFoundHtml(fullPath));
                return;
            }
            if (!IsAuthExempt(apiPath))
            {
                state.Auth = Authenticate(context, state, apiPath);
                foreach (KeyValuePair<string, string> header in state.Auth.Headers)
                {
                    context.Response.Headers[header.Key] = header.Value;
                }
                if (state.Auth.RejectAll != null)
                {
                    await state.Auth.RejectAll(context);
                    return;
                }
            }
            await next();
        }

        private AuthResult Authenticate(HttpContext context, FakeRequestState state, string apiPath)
        {
            string header = context.Request.Headers.Authorization;
            return IsDataCenter ? dataCenterAuth.Evaluate(header, state) : cloudAuth.Evaluate(header, state, apiPath);
        }

        private void AddStandardHeaders(HttpContext context)
        {
            IHeaderDictionary headers = context.Response.Headers;
            string requestId = "fake-" + System.Threading.Interlocked.Increment(ref requestCounter).ToString("x8");
            if (IsDataCenter)
            {
                headers["X-AREQUESTID"] = requestId;
                // Overwritten by a successful login; DC always tells who it thinks you are.
                headers["X-AUSERNAME"] = "anonymous";
            }
            else
            {
                headers["Server"] = "AtlassianEdge";
                headers["X-Arequestid"] = requestId;
            }
        }

        /// <summary>The CAPTCHA counter and credentials are irrelevant to discovery and test helpers; they must work for any caller.</summary>
        private static bool IsAuthExempt(string apiPath)
        {
            if (apiPath.Equals("/_edge/tenant_info", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            string[] segments = apiPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
            return segments.Length >= 4 && segments[0] == "rest" && segments[1] == "api" && segments[3] == "test";
        }

        private Task WriteOutsidePrefixAsync(HttpContext context, FakeRequestState state, string fullPath)
        {
            if (state.IsGateway)
            {
                return JiraResponse.Json(context, 404, ErrorBodies.Gateway(404, "Not Found"));
            }
            return JiraResponse.Text(context, 404, JiraResponse.HtmlContentType, ErrorBodies.NotFoundHtml(fullPath));
        }
    }
}
