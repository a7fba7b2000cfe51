using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using JiraAuth.Core.Http;
using JiraAuth.Core.Json;

namespace JiraAuth.Core.Paging
{
    /// <summary>
    /// One received page reduced to what the paginator needs: the server's paging fields and where its items lie in the body.
    /// Items are converted only when read (<see cref="OpenItems"/>), straight from the bytes.
    /// </summary>
    internal sealed class JiraPage
    {
        private static readonly ByteSpan[] NoItems = Array.Empty<ByteSpan>();

        private readonly JiraResponse _response;
        private readonly PageOutline _outline;
        private readonly ByteSpan? _array;

        private JiraPage(JiraResponse response, PageOutline outline, ByteSpan? array, IReadOnlyList<ByteSpan> items, bool wholeBody)
        {
            _response = response;
            _outline = outline;
            _array = array;
            Items = items;
            IsWholeBody = wholeBody;
        }

        /// <summary>Item positions in the UTF-8 body; empty for a whole-body page.</summary>
        public IReadOnlyList<ByteSpan> Items { get; }

        /// <summary>The body itself is the one item (an unpaged object, a scalar, or text that is not JSON).</summary>
        public bool IsWholeBody { get; }

        public int ItemCount => IsWholeBody ? 1 : Items.Count;

        public long? StartAt { get; private set; }
        public long? Total { get; private set; }
        public bool? IsLast { get; private set; }
        public string NextPageToken { get; private set; }

        public static PageOutline Outline(JiraResponse response) => PageScanner.Scan(response.Utf8Body);

        public static JiraPage Read(JiraResponse response, PageOutline outline, PageShape shape)
        {
            switch (shape.Style)
            {
                case PageStyle.BareArray:
                    return outline.Root == '['
                        ? new JiraPage(response, outline, WholeSpan(outline), outline.Elements, false)
                        : new JiraPage(response, outline, null, NoItems, false);
                case PageStyle.Offset:
                case PageStyle.Token:
                    var items = outline.Find(shape.ItemsProperty);
                    var page = items != null && items.IsArray
                        ? new JiraPage(response, outline, items.Value, items.Elements, false)
                        : new JiraPage(response, outline, null, NoItems, false);
                    page.StartAt = outline.Long("startAt");
                    page.Total = outline.Long("total");
                    page.IsLast = outline.Bool("isLast");
                    page.NextPageToken = outline.String("nextPageToken");
                    return page;
                default:
                    var single = outline.Root == '['
                        ? new JiraPage(response, outline, WholeSpan(outline), outline.Elements, false)
                        : new JiraPage(response, outline, null, NoItems, response.HasBody);
                    single.IsLast = true;
                    return single;
            }
        }

        private static ByteSpan WholeSpan(PageOutline outline) => new ByteSpan(0, outline.Utf8.Length);

        /// <summary>True when a server that ignores startAt handed back the page we already have.</summary>
        public bool HasSameItemsAs(JiraPage other)
        {
            if (other == null || Items.Count == 0 || Items.Count != other.Items.Count) return false;
            for (var i = 0; i < Items.Count; i++)
            {
                if (!SameBytes(_outline.Utf8, Items[i], other._outline.Utf8, other.Items[i])) return false;
            }
            return true;
        }

        /// <summary>A 64-bit FNV-1a hash of each item's bytes: enough to notice items seen before without keeping them.</summary>
        public IEnumerable<ulong> ItemFingerprints()
        {
            foreach (var item in Items)
            {
                var hash = 14695981039346656037UL;
                var bytes = _outline.Utf8;
                for (var i = item.Start; i < item.Start + item.Length; i++)
                {
                    hash ^= bytes[i];
                    hash *= 1099511628211UL;
                }
                yield return hash;
            }
        }

        public PageItemCursor OpenItems(IJsonValueConverter converter)
        {
            if (IsWholeBody) return PageItemCursor.WholeBody(_response, converter);
            if (Items.Count == 0 || _array == null) return PageItemCursor.Empty;
            return PageItemCursor.ArrayItems(_outline.Utf8, _array.Value, converter);
        }

        [MethodImpl(HotPath.Optimize)]
        private static bool SameBytes(byte[] a, ByteSpan x, byte[] b, ByteSpan y)
        {
            if (x.Length != y.Length) return false;
            for (var i = 0; i < x.Length; i++)
            {
                if (a[x.Start + i] != b[y.Start + i]) return false;
            }
            return true;
        }
    }
}
