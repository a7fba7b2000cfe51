using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using JiraAuth.Core.Json;
using Newtonsoft.Json;

namespace JiraAuth.Core.Paging
{
    /// <summary>
    /// The top level of a page as found by <see cref="PageScanner"/>: the properties of a root object (or the elements of a
    /// root array) with their positions. Enough to recognise the paging style, read startAt/total/isLast/nextPageToken and
    /// compare items, without converting anything.
    /// </summary>
    internal sealed class PageOutline
    {
        public static readonly PageOutline NotJson = new PageOutline(Array.Empty<byte>(), '\0', null, null);

        private PageOutline(byte[] utf8, char root, IReadOnlyList<OutlineProperty> properties, IReadOnlyList<ByteSpan> elements)
        {
            Utf8 = utf8;
            Root = root;
            Properties = properties ?? Array.Empty<OutlineProperty>();
            Elements = elements;
        }

        public static PageOutline OfObject(byte[] utf8, IReadOnlyList<OutlineProperty> properties) => new PageOutline(utf8, '{', properties, null);

        public static PageOutline OfArray(byte[] utf8, IReadOnlyList<ByteSpan> elements) => new PageOutline(utf8, '[', null, elements);

        public static PageOutline OfScalar(byte[] utf8) => new PageOutline(utf8, 's', null, null);

        public byte[] Utf8 { get; }

        /// <summary>'{' for an object, '[' for an array, 's' for a lone scalar, '\0' when the structure is not JSON.</summary>
        public char Root { get; }

        public IReadOnlyList<OutlineProperty> Properties { get; }

        /// <summary>The elements of a root array; null otherwise.</summary>
        public IReadOnlyList<ByteSpan> Elements { get; }

        /// <summary>The property as a JSON object reader would keep it: the last one of that name.</summary>
        public OutlineProperty Find(string name)
        {
            for (var i = Properties.Count - 1; i >= 0; i--)
            {
                if (string.Equals(Properties[i].Name, name, StringComparison.Ordinal)) return Properties[i];
            }
            return null;
        }

        public bool IsInteger(string name)
        {
            var property = Find(name);
            if (property == null || !(property.Kind == '-' || char.IsDigit(property.Kind))) return false;
            for (var i = 0; i < property.Value.Length; i++)
            {
                var c = Utf8[property.Value.Start + i];
                if (c == '.' || c == 'e' || c == 'E') return false;
            }
            return true;
        }

        public long? Long(string name)
        {
            if (!IsInteger(name)) return null;
            var value = Find(name).Value;
            return long.TryParse(Encoding.ASCII.GetString(Utf8, value.Start, value.Length), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture,
                out var parsed)
                ? parsed : (long?)null;
        }

        public bool? Bool(string name)
        {
            var property = Find(name);
            if (property == null) return null;
            if (property.Kind == 't') return true;
            if (property.Kind == 'f') return false;
            return null;
        }

        /// <summary>The string's value with escapes resolved; null when absent or not a string.</summary>
        public string String(string name)
        {
            var property = Find(name);
            if (property == null || property.Kind != '"') return null;
            var value = property.Value;
            if (Array.IndexOf(Utf8, (byte)'\\', value.Start, value.Length) < 0) return Encoding.UTF8.GetString(Utf8, value.Start + 1, value.Length - 2);
            using (var reader = JiraJson.CreateReader(new StringReader(Encoding.UTF8.GetString(Utf8, value.Start, value.Length)), DateParseHandling.None))
            {
                return reader.Read() ? reader.Value as string : null;
            }
        }
    }
}
