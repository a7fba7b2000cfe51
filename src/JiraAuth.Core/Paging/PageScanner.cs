using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using JiraAuth.Core.Json;
using Newtonsoft.Json;

namespace JiraAuth.Core.Paging
{
    /// <summary>
    /// Finds the top level of a JSON body in its UTF-8 bytes without parsing values: strings are skipped over, containers by
    /// counting brackets. Costs a small fraction of a real parse, so the next page's request can leave before this page's items
    /// are converted (nextPageToken comes after the items in /search/jql). Anything malformed yields <see cref="PageOutline.NotJson"/>;
    /// the real parse later says what is wrong.
    /// </summary>
    internal static class PageScanner
    {
        public static PageOutline Scan(byte[] utf8)
        {
            var scan = new Cursor(utf8);
            scan.SkipBom();
            scan.SkipWhitespace();
            if (scan.AtEnd) return PageOutline.NotJson;
            var first = scan.Peek;
            PageOutline outline;
            if (first == '{') outline = ScanObject(scan);
            else if (first == '[') outline = ScanRootArray(scan);
            else outline = scan.SkipValue() ? PageOutline.OfScalar(utf8) : null;
            if (outline == null) return PageOutline.NotJson;
            scan.SkipWhitespace();
            return scan.AtEnd ? outline : PageOutline.NotJson;
        }

        private static PageOutline ScanRootArray(Cursor scan)
        {
            var elements = scan.ReadElements();
            return elements == null ? null : PageOutline.OfArray(scan.Bytes, elements);
        }

        private static PageOutline ScanObject(Cursor scan)
        {
            var properties = new List<OutlineProperty>();
            scan.Advance(); // {
            scan.SkipWhitespace();
            if (scan.TryConsume('}')) return PageOutline.OfObject(scan.Bytes, properties);
            while (true)
            {
                scan.SkipWhitespace();
                if (scan.AtEnd || scan.Peek != '"') return null;
                var nameStart = scan.Position;
                if (!scan.SkipString()) return null;
                var name = DecodeName(scan.Bytes, nameStart, scan.Position - nameStart);
                scan.SkipWhitespace();
                if (!scan.TryConsume(':')) return null;
                scan.SkipWhitespace();
                if (scan.AtEnd) return null;
                var kind = (char)scan.Peek;
                var valueStart = scan.Position;
                IReadOnlyList<ByteSpan> elements = null;
                if (kind == '[')
                {
                    elements = scan.ReadElements();
                    if (elements == null) return null;
                }
                else if (!scan.SkipValue()) return null;
                properties.Add(new OutlineProperty(name, kind, new ByteSpan(valueStart, scan.Position - valueStart), elements));
                scan.SkipWhitespace();
                if (scan.TryConsume(',')) continue;
                return scan.TryConsume('}') ? PageOutline.OfObject(scan.Bytes, properties) : null;
            }
        }

        private static string DecodeName(byte[] bytes, int start, int length)
        {
            var hasEscape = false;
            for (var i = start + 1; i < start + length - 1; i++) hasEscape |= bytes[i] == '\\';
            if (!hasEscape) return Encoding.UTF8.GetString(bytes, start + 1, length - 2);
            using (var reader = JiraJson.CreateReader(new StringReader(Encoding.UTF8.GetString(bytes, start, length)), DateParseHandling.None))
            {
                return reader.Read() ? reader.Value as string : string.Empty;
            }
        }

        private sealed class Cursor
        {
            public Cursor(byte[] bytes)
            {
                Bytes = bytes;
            }

            public byte[] Bytes { get; }

            public int Position { get; private set; }

            public bool AtEnd => Position >= Bytes.Length;

            public byte Peek => Bytes[Position];

            public void Advance() => Position++;

            public void SkipBom()
            {
                if (Bytes.Length >= 3 && Bytes[0] == 0xEF && Bytes[1] == 0xBB && Bytes[2] == 0xBF) Position = 3;
            }

            [MethodImpl(HotPath.Optimize)]
            public void SkipWhitespace()
            {
                while (Position < Bytes.Length)
                {
                    var c = Bytes[Position];
                    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return;
                    Position++;
                }
            }

            public bool TryConsume(char expected)
            {
                if (AtEnd || Bytes[Position] != expected) return false;
                Position++;
                return true;
            }

            /// <summary>At an opening quote: moves past the closing one.</summary>
            [MethodImpl(HotPath.Optimize)]
            public bool SkipString()
            {
                var i = Position + 1;
                var bytes = Bytes;
                while (i < bytes.Length)
                {
                    var c = bytes[i];
                    if (c == '\\') i += 2;
                    else if (c == '"')
                    {
                        Position = i + 1;
                        return true;
                    }
                    else i++;
                }
                return false;
            }

            [MethodImpl(HotPath.Optimize)]
            public bool SkipValue()
            {
                if (AtEnd) return false;
                var c = Bytes[Position];
                if (c == '"') return SkipString();
                if (c == '{' || c == '[') return SkipContainer();
                var start = Position;
                while (Position < Bytes.Length)
                {
                    c = Bytes[Position];
                    if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\r' || c == '\n') break;
                    Position++;
                }
                return Position > start;
            }

            [MethodImpl(HotPath.Optimize)]
            private bool SkipContainer()
            {
                var depth = 0;
                var bytes = Bytes;
                var i = Position;
                while (i < bytes.Length)
                {
                    var c = bytes[i];
                    if (c == '"')
                    {
                        Position = i;
                        if (!SkipString()) return false;
                        i = Position;
                        continue;
                    }
                    if (c == '{' || c == '[') depth++;
                    else if (c == '}' || c == ']')
                    {
                        if (--depth == 0)
                        {
                            Position = i + 1;
                            return true;
                        }
                    }
                    i++;
                }
                return false;
            }

            /// <summary>At '[': the position of every element, and moves past ']'.</summary>
            [MethodImpl(HotPath.Optimize)]
            public List<ByteSpan> ReadElements()
            {
                var elements = new List<ByteSpan>();
                Position++;
                SkipWhitespace();
                if (TryConsume(']')) return elements;
                while (true)
                {
                    SkipWhitespace();
                    var start = Position;
                    if (!SkipValue()) return null;
                    elements.Add(new ByteSpan(start, Position - start));
                    SkipWhitespace();
                    if (TryConsume(',')) continue;
                    return TryConsume(']') ? elements : null;
                }
            }
        }
    }
}
