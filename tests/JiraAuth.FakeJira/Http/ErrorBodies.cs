using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace JiraAuth.FakeJira.Http
{
    /// <summary>
    /// The error shapes Jira actually sends (the error examples of https://developer.atlassian.com/cloud/jira/platform/swagger-v3.v3.json);
    /// kept verbatim because clients parse them.
    /// </summary>
    internal static class ErrorBodies
    {
        public const string NotAuthenticatedDc = "You are not authenticated. Authentication required to perform this operation.";
        public const string JerseyUnauthenticated = "Client must be authenticated to access this resource.";
        public const string NoPermission = "You do not have the permission to see the specified resource.";
        public const string SearchRemoved = "The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline "
            + "is available at https://developer.atlassian.com/changelog/#CHANGE-2046";
        public const string PasswordDeprecated = "Basic authentication with passwords is deprecated. For more information, see: "
            + "https://developer.atlassian.com/cloud/confluence/deprecation-notice-basic-auth/";

        public static JsonObject ErrorCollection(params string[] messages)
        {
            var array = new JsonArray();
            foreach (string message in messages) { array.Add(message); }
            return new JsonObject { ["errorMessages"] = array, ["errors"] = new JsonObject() };
        }

        public static JsonObject FieldErrors(IDictionary<string, string> errors)
        {
            var map = new JsonObject();
            foreach (KeyValuePair<string, string> pair in errors) { map[pair.Key] = pair.Value; }
            return new JsonObject { ["errorMessages"] = new JsonArray(), ["errors"] = map };
        }

        public static JsonObject Jersey401() =>
            new JsonObject { ["message"] = JerseyUnauthenticated, ["status-code"] = 401 };

        public const string Jersey401Xml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><status><status-code>401</status-code><message>"
            + JerseyUnauthenticated + "</message></status>";

        public static JsonObject Gateway(int code, string message) =>
            new JsonObject { ["code"] = code, ["message"] = message };

        public static string CaptchaHtml(string loginUrl) =>
            "<!DOCTYPE html>\n<html><head><title>Unauthorized (403)</title></head><body>\n" +
            "<h1>Unauthorized (403)</h1>\n<p>Encountered a &quot;403 - Forbidden&quot; error while loading this page.</p>\n" +
            "<p>Basic Authentication Failure - Reason : AUTHENTICATION_DENIED</p>\n" +
            $"<p><a href=\"{loginUrl}\">Log in again</a> to answer the CAPTCHA challenge.</p>\n</body></html>\n";

        public static string LoginPageHtml(string siteBase) =>
            "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Log in - Jira</title>\n" +
            "<meta name=\"application-name\" content=\"JIRA\" data-name=\"jira\" data-version=\"9.12.2\">\n</head>\n" +
            "<body id=\"jira\" class=\"aui-layout aui-theme-default page-type-login\">\n" +
            $"<form id=\"login-form\" action=\"{siteBase}/login.jsp\" method=\"post\">\n" +
            "<input type=\"text\" name=\"os_username\" id=\"login-form-username\"/>\n" +
            "<input type=\"password\" name=\"os_password\" id=\"login-form-password\"/>\n" +
            "<input type=\"submit\" value=\"Log In\"/>\n</form>\n</body></html>\n";

        public static string NotFoundHtml(string path) =>
            "<!DOCTYPE html>\n<html><head><title>Oops, you&#39;ve found a dead link. - Jira</title></head><body>\n" +
            "<h1>Oops, you've found a dead link.</h1>\n" +
            $"<p>The requested resource {System.Net.WebUtility.HtmlEncode(path)} is not available.</p>\n</body></html>\n";

        public static string BadGatewayHtml() =>
            "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body>\n" +
            "<center><h1>502 Bad Gateway</h1></center>\n<hr><center>AtlassianEdge</center>\n</body></html>\n";
    }
}
