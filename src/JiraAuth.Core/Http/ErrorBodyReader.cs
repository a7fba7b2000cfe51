using JiraAuth.Core.Errors;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace JiraAuth.Core.Http
{
    /// <summary>
    /// Pulls Jira's own words out of an error body, whatever shape it has, trying in order the shapes the
    /// 4xx/5xx examples of Atlassian's OpenAPI document use (https://developer.atlassian.com/cloud/jira/platform/swagger-v3.v3.json):
    /// ErrorCollection (errorMessages / errors object), {message}, {errors:[{message}]} with bulk elementErrors,
    /// OAuth {error, error_description}, a bare JSON string, Jersey's XML status, then HTML or plain text.
    /// The Content-Type is not trusted: Jira sends HTML with JSON types and JSON with text types.
    /// </summary>
    internal static class ErrorBodyReader
    {
        public static DecodedErrorBody Read(JiraResponse response)
        {
            var body = new DecodedErrorBody();
            var text = response.BodyText;
            if (string.IsNullOrWhiteSpace(text)) return body;

            var json = response.Json;
            if (json != null)
            {
                ReadToken(json, body);
                if (body.IsEmpty) body.Excerpt = TextExcerpt.OneLine(json.ToString(Formatting.None));
                return body;
            }

            var xmlMessage = JerseyStatusXml.TryReadMessage(text);
            if (xmlMessage != null)
            {
                body.AddMessage(xmlMessage);
                return body;
            }

            var line = TextExcerpt.LooksLikeHtml(text) ? TextExcerpt.FromHtml(text) : TextExcerpt.OneLine(text);
            body.Excerpt = line;
            body.AddMessage(line);
            return body;
        }

        private static void ReadToken(JToken token, DecodedErrorBody body)
        {
            switch (token)
            {
                case JObject obj:
                    ReadObject(obj, body);
                    break;
                case JArray array:
                    foreach (var item in array) ReadToken(item, body);
                    break;
                case JValue value when value.Type == JTokenType.String:
                    body.AddMessage((string)value);
                    break;
            }
        }

        private static void ReadObject(JObject obj, DecodedErrorBody body)
        {
            ReadErrorCollection(obj, body);
            if (body.IsEmpty) body.AddMessage(StringOrNull(obj["message"]));
            if (body.IsEmpty) body.AddMessage(StringOrNull(obj["errorMessage"]));
            if (obj["errors"] is JArray errorList) ReadErrorList(errorList, body);
            if (body.IsEmpty) ReadOAuthError(obj, body);
            if (body.IsEmpty && obj["results"] is JArray results) ReadFailedResults(results, body);
        }

        private static void ReadErrorCollection(JObject obj, DecodedErrorBody body)
        {
            if (obj["errorMessages"] is JArray messages)
            {
                foreach (var message in messages) body.AddMessage(ValueText(message));
            }
            if (obj["errors"] is JObject fieldErrors)
            {
                foreach (var field in fieldErrors.Properties()) body.AddFieldError(field.Name, ValueText(field.Value));
            }
        }

        /// <summary>Newer bulk APIs: errors:[{message}], and POST /issue/bulk: errors:[{elementErrors:{errorMessages,errors}}].</summary>
        private static void ReadErrorList(JArray errors, DecodedErrorBody body)
        {
            foreach (var item in errors)
            {
                if (item.Type == JTokenType.String)
                {
                    body.AddMessage((string)item);
                    continue;
                }
                if (!(item is JObject error)) continue;
                body.AddMessage(StringOrNull(error["message"]));
                if (error["elementErrors"] is JObject elementErrors) ReadErrorCollection(elementErrors, body);
            }
        }

        private static void ReadOAuthError(JObject obj, DecodedErrorBody body)
        {
            var error = obj["error"];
            if (error is JObject nested)
            {
                ReadObject(nested, body);
                return;
            }
            var code = StringOrNull(error);
            var description = StringOrNull(obj["error_description"]);
            if (code != null && description != null) body.AddMessage(code + ": " + description);
            else body.AddMessage(code ?? description);
        }

        /// <summary>Field-configuration endpoints answer {results:[{error, success:false}]}.</summary>
        private static void ReadFailedResults(JArray results, DecodedErrorBody body)
        {
            foreach (var result in results)
            {
                if (result is JObject item) body.AddMessage(StringOrNull(item["error"]));
            }
        }

        private static string StringOrNull(JToken token) => token != null && token.Type == JTokenType.String ? (string)token : null;

        private static string ValueText(JToken token) =>
            token == null || token.Type == JTokenType.Null ? null
            : token.Type == JTokenType.String ? (string)token
            : token.ToString(Formatting.None);
    }
}
