using System;
using System.Collections.Generic;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace JiraAuth.Core.Paging
{
    /// <summary>Recognises Jira's paging styles from the first response body alone (the paged schemas of
    /// https://developer.atlassian.com/cloud/jira/platform/swagger-v3.v3.json and
    /// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/).</summary>
    internal static class PageStyleDetector
    {
        // Known item keys win over the generic rule, so SearchResults' "issues" beats its "warningMessages".
        private static readonly string[] KnownItemProperties = { "values", "issues", "comments", "worklogs", "changelogs", "histories" };

        // Arrays that ride along with a page but are never its items.
        private static readonly HashSet<string> NonItemArrays = new HashSet<string>(StringComparer.Ordinal) { "warningMessages", "names", "schema",
            "errorMessages" };

        public static PageShape Detect(JToken body) =>
            body == null ? PageShape.NotPaged : FromOutline(PageScanner.Scan(Encoding.UTF8.GetBytes(body.ToString(Formatting.None))));

        internal static PageShape FromOutline(PageOutline page)
        {
            if (page.Root == '[') return PageShape.BareArray;
            if (page.Root != '{') return PageShape.NotPaged;

            var itemsProperty = FindItemsProperty(page);
            if (itemsProperty == null) return PageShape.NotPaged;

            if (page.IsInteger("startAt")) return new PageShape(PageStyle.Offset, itemsProperty);

            // The last token page omits nextPageToken, so a lone isLast still marks the token style.
            var token = page.Find("nextPageToken");
            var hasToken = token != null && (token.Kind == '"' || token.Kind == 'n');
            if (hasToken || page.Bool("isLast").HasValue) return new PageShape(PageStyle.Token, itemsProperty);

            return PageShape.NotPaged;
        }

        private static string FindItemsProperty(PageOutline page)
        {
            foreach (var name in KnownItemProperties)
            {
                if (page.Find(name)?.IsArray == true) return name;
            }

            string candidate = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = page.Properties.Count - 1; i >= 0; i--)
            {
                var property = page.Properties[i];
                if (!seen.Add(property.Name) || !property.IsArray || NonItemArrays.Contains(property.Name)) continue;
                if (candidate != null) return null;
                candidate = property.Name;
            }
            return candidate;
        }
    }
}
