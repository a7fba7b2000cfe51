using System;
using System.Threading.Tasks;
using JiraAuth.FakeJira.Http;
using Microsoft.AspNetCore.Http;

namespace JiraAuth.FakeJira.Auth
{
    /// <summary>The responses Jira sends when it refuses a request for authentication reasons.</summary>
    internal static class AuthRejections
    {
        public static Func<HttpContext, Task> CloudUnauthenticated(bool credentialsWereBad) => context =>
        {
            if (credentialsWereBad)
            {
                context.Response.Headers["X-Seraph-LoginReason"] = "AUTHENTICATED_FAILED";
            }
            context.Response.Headers["WWW-Authenticate"] = $"OAuth realm=\"{FakeAccounts.CloudRealm}\"";
            if (PrefersXml(context.Request))
            {
                // Jersey falls back to XML when the client did not negotiate JSON (atlassian/gajira-login#18).
                return JiraResponse.Text(context, 401, "application/xml;charset=UTF-8", ErrorBodies.Jersey401Xml);
            }
            return JiraResponse.Json(context, 401, ErrorBodies.Jersey401());
        };

        private static bool PrefersXml(HttpRequest request)
        {
            string accept = request.Headers.Accept;
            return accept != null && accept.Contains("xml", StringComparison.OrdinalIgnoreCase)
                && !accept.Contains("json", StringComparison.OrdinalIgnoreCase);
        }

        public static Func<HttpContext, Task> GatewayUnauthorized(string message = "Unauthorized") => context =>
            JiraResponse.Json(context, 401, ErrorBodies.Gateway(401, message));

        public static Func<HttpContext, Task> GatewayScopeMismatch() => context =>
        {
            context.Response.Headers["X-Failure-Category"] = "FAILURE_CLIENT_SCOPE_CHECK";
            return JiraResponse.Json(context, 401, ErrorBodies.Gateway(401, "Unauthorized; scope does not match"));
        };

        public static Func<HttpContext, Task> PasswordDeprecated() => context =>
            JiraResponse.Text(context, 401, JiraResponse.TextContentType, ErrorBodies.PasswordDeprecated);

        public static Func<HttpContext, Task> Captcha(string loginUrl, bool cloud) => context =>
        {
            context.Response.Headers["X-Seraph-LoginReason"] = "AUTHENTICATION_DENIED";
            context.Response.Headers["X-Authentication-Denied-Reason"] = $"CAPTCHA_CHALLENGE; login-url={loginUrl}";
            if (cloud)
            {
                context.Response.Headers["WWW-Authenticate"] = $"OAuth realm=\"{FakeAccounts.CloudRealm}\"";
            }
            return JiraResponse.Text(context, 403, JiraResponse.HtmlContentType, ErrorBodies.CaptchaHtml(loginUrl));
        };

        public static Func<HttpContext, Task> NoProductAccess() => context =>
            JiraResponse.Json(context, 403, ErrorBodies.ErrorCollection(ErrorBodies.NoPermission));

        public static Func<HttpContext, Task> DataCenterUnauthenticated() => context =>
            JiraResponse.Json(context, 401, ErrorBodies.ErrorCollection(ErrorBodies.NotAuthenticatedDc));

        public static Func<HttpContext, Task> DataCenterLoginPage(string siteBase) => context =>
            JiraResponse.Text(context, 200, JiraResponse.HtmlContentType, ErrorBodies.LoginPageHtml(siteBase));
    }
}
