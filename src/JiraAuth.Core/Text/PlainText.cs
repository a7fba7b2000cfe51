using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace JiraAuth.Core.Text
{
    /// <summary>A description or comment body as plain text, whichever form Jira sent: ADF (Cloud v3) or wiki markup (v2, Data Center).</summary>
    internal static class PlainText
    {
        public static string Of(JToken body)
        {
            if (body == null || body.Type == JTokenType.Null) return null;
            if (body.Type == JTokenType.String) return WikiMarkupPlainText.Convert((string)body);
            if (AdfPlainText.IsDocument(body)) return AdfPlainText.Convert(body);
            // Neither form (a custom field's object, a number): its JSON says more than nothing would.
            return body.Type == JTokenType.Object || body.Type == JTokenType.Array ? body.ToString(Formatting.None) : body.ToString();
        }
    }
}
