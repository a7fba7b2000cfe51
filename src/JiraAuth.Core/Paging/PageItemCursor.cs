using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using JiraAuth.Core.Http;
using JiraAuth.Core.Json;
using Newtonsoft.Json;

namespace JiraAuth.Core.Paging
{
    /// <summary>
    /// Reads a page's items one at a time, straight from the body's bytes into the converter: an item goes out as soon as it
    /// is parsed, and no string or JToken copy of the page is made.
    /// </summary>
    internal sealed class PageItemCursor : IDisposable
    {
        public static readonly PageItemCursor Empty = new PageItemCursor(null, null, null);

        private readonly JsonReader _reader;
        private readonly IJsonValueConverter _converter;
        private JiraResponse _wholeBody;

        private PageItemCursor(JsonReader reader, IJsonValueConverter converter, JiraResponse wholeBody)
        {
            _reader = reader;
            _converter = converter;
            _wholeBody = wholeBody;
        }

        public static PageItemCursor ArrayItems(byte[] utf8, ByteSpan array, IJsonValueConverter converter)
        {
            var text = new StreamReader(new MemoryStream(utf8, array.Start, array.Length, writable: false), new UTF8Encoding(false));
            var reader = JiraJson.CreateReader(text, converter.DateParseHandling);
            reader.Read(); // [
            return new PageItemCursor(reader, converter, null);
        }

        /// <summary>The body as one item: converted when it is JSON, handed back as text when it is not (an HTML error page, say).</summary>
        public static PageItemCursor WholeBody(JiraResponse response, IJsonValueConverter converter) => new PageItemCursor(null, converter, response);

        [MethodImpl(HotPath.Optimize)]
        public bool TryNext(out object item)
        {
            if (_wholeBody != null)
            {
                item = ConvertWholeBody(_wholeBody, _converter);
                _wholeBody = null;
                return true;
            }
            item = null;
            if (_reader == null) return false;
            while (_reader.Read())
            {
                if (_reader.TokenType == JsonToken.Comment) continue;
                if (_reader.TokenType == JsonToken.EndArray) return false;
                item = _converter.ReadValue(_reader);
                return true;
            }
            return false;
        }

        public static object ConvertWholeBody(JiraResponse response, IJsonValueConverter converter)
        {
            try
            {
                using (var reader = JiraJson.CreateReader(response.OpenBodyReader(), converter.DateParseHandling))
                {
                    if (!reader.Read()) return response.BodyText;
                    var value = converter.ReadValue(reader);
                    JiraJson.EnsureEnd(reader);
                    return value;
                }
            }
            catch (JsonReaderException)
            {
                return response.BodyText;
            }
        }

        public void Dispose() => ((IDisposable)_reader)?.Dispose();
    }
}
