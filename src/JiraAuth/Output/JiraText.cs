using System.Management.Automation;
using JiraAuth.Core.Text;
using JiraAuth.Input;
using Newtonsoft.Json.Linq;

namespace JiraAuth.Output
{
    /// <summary>
    /// Plain text of a Jira description or comment body for JiraAuth.format.ps1xml: Atlassian Document Format (Cloud, v3) and
    /// wiki markup (v2, Data Center) both read as text. Public so the views can call it; on PowerShell 7 the module lives in its
    /// own load context, so they find this type through its assembly rather than as [JiraAuth.Output.JiraText].
    /// </summary>
    public static class JiraText
    {
        // Deeper than any ADF Jira writes; the PowerShell tree was itself built from a response.
        private const int MaxDepth = 1000;

        /// <summary>The body as plain text; null for null.</summary>
        public static string ToPlainText(object body)
        {
            var value = body is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject) ? wrapped.BaseObject : body;
            if (value == null) return null;
            if (value is string text) return PlainText.Of(new JValue(text));
            return PlainText.Of(new PowerShellJsonConverter(MaxDepth).Convert(value));
        }
    }
}
