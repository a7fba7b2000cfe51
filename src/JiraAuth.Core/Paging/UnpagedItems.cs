using System.Collections.Generic;
using JiraAuth.Core.Http;
using JiraAuth.Core.Json;

namespace JiraAuth.Core.Paging
{
    /// <summary>
    /// The items of one response read without paging, as ConvertFrom-Json hands them out: each element of a top-level
    /// array (counted by -Skip/-First), otherwise the body as one value; text that is not JSON comes back as text.
    /// </summary>
    internal static class UnpagedItems
    {
        public static IEnumerable<object> Read(JiraResponse response, IJsonValueConverter converter, ItemWindow window)
        {
            if (!response.HasBody) yield break;
            var outline = JiraPage.Outline(response);
            var page = JiraPage.Read(response, outline, PageShape.NotPaged);
            using (var items = page.OpenItems(converter))
            {
                while (!window.IsFull && items.TryNext(out var item))
                {
                    if (page.IsWholeBody || window.Admit()) yield return item;
                }
            }
        }
    }
}
