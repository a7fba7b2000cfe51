using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace JiraAuth.Core.Paging
{
    /// <summary>One received page reduced to what the paginator needs: its items and the server's paging fields.</summary>
    internal sealed class JiraPage
    {
        private JiraPage(IReadOnlyList<JToken> items, long? startAt, long? total, bool? isLast, string nextPageToken)
        {
            Items = items;
            StartAt = startAt;
            Total = total;
            IsLast = isLast;
            NextPageToken = nextPageToken;
        }

        public IReadOnlyList<JToken> Items { get; }
        public long? StartAt { get; }
        public long? Total { get; }
        public bool? IsLast { get; }
        public string NextPageToken { get; }

        public static JiraPage Read(JToken body, PageShape shape)
        {
            switch (shape.Style)
            {
                case PageStyle.BareArray:
                    return new JiraPage(ItemsOf(body as JArray), null, null, null, null);
                case PageStyle.Offset:
                case PageStyle.Token:
                    var page = body as JObject;
                    return new JiraPage(ItemsOf(page?[shape.ItemsProperty] as JArray),
                        LongOf(page?["startAt"]), LongOf(page?["total"]), BoolOf(page?["isLast"]), StringOf(page?["nextPageToken"]));
                default:
                    var single = body is JArray array ? ItemsOf(array) : body == null ? Array.Empty<JToken>() : new[] { body };
                    return new JiraPage(single, null, null, true, null);
            }
        }

        /// <summary>True when a server that ignores startAt handed back the page we already have.</summary>
        public bool HasSameItemsAs(JiraPage other) =>
            other != null && Items.Count > 0 && Items.Count == other.Items.Count && Items.Zip(other.Items, JToken.DeepEquals).All(same => same);

        private static IReadOnlyList<JToken> ItemsOf(JArray array) => array == null ? (IReadOnlyList<JToken>)Array.Empty<JToken>() : array.ToList();

        private static long? LongOf(JToken token) => token != null && token.Type == JTokenType.Integer ? token.Value<long>() : (long?)null;

        private static bool? BoolOf(JToken token) => token != null && token.Type == JTokenType.Boolean ? token.Value<bool>() : (bool?)null;

        private static string StringOf(JToken token) => token != null && token.Type == JTokenType.String ? token.Value<string>() : null;
    }
}
