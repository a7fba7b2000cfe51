using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace JiraAuth.Core.Paging
{
    /// <summary>Recognises Jira's paging styles from the first response body alone (atlassian-facts §5).</summary>
    public static class PageStyleDetector
    {
        // Known item keys win over the generic rule, so SearchResults' "issues" beats its "warningMessages".
        private static readonly string[] KnownItemProperties = { "values", "issues", "comments", "worklogs", "changelogs", "histories" };

        // Arrays that ride along with a page but are never its items.
        private static readonly HashSet<string> NonItemArrays = new HashSet<string>(StringComparer.Ordinal) { "warningMessages", "names", "schema", "errorMessages" };

        public static PageShape Detect(JToken body)
        {
            if (body is JArray) return PageShape.BareArray;
            if (!(body is JObject page)) return PageShape.NotPaged;

            var itemsProperty = FindItemsProperty(page);
            if (itemsProperty == null) return PageShape.NotPaged;

            if (IsInteger(page["startAt"])) return new PageShape(PageStyle.Offset, itemsProperty);

            // The last token page omits nextPageToken, so a lone isLast still marks the token style.
            var token = page["nextPageToken"];
            var hasToken = token != null && (token.Type == JTokenType.String || token.Type == JTokenType.Null);
            if (hasToken || page["isLast"]?.Type == JTokenType.Boolean) return new PageShape(PageStyle.Token, itemsProperty);

            return PageShape.NotPaged;
        }

        private static string FindItemsProperty(JObject page)
        {
            foreach (var name in KnownItemProperties)
            {
                if (page[name] is JArray) return name;
            }

            var candidates = page.Properties().Where(p => p.Value is JArray && !NonItemArrays.Contains(p.Name)).Take(2).ToList();
            return candidates.Count == 1 ? candidates[0].Name : null;
        }

        private static bool IsInteger(JToken token) => token != null && token.Type == JTokenType.Integer;
    }
}
