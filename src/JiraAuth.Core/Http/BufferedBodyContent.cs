using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace JiraAuth.Core.Http
{
    /// <summary>
    /// A response body read once into an array of its exact size, which the client hands on as it is. HttpClient's own
    /// buffering followed by ReadAsByteArrayAsync allocated three times a body's size: for a 10 MB search page that is
    /// 30 MB on the large-object heap and a full garbage collection per page, while the page's objects are being built.
    /// </summary>
    internal sealed class BufferedBodyContent : ByteArrayContent
    {
        // A declared length beyond this is not trusted for an up-front allocation: the array grows as bytes arrive instead.
        internal const int LargestPresizedBody = 64 * 1024 * 1024;

        private BufferedBodyContent(byte[] bytes)
            : base(bytes)
        {
            Bytes = bytes;
        }

        public byte[] Bytes { get; }

        /// <summary>Reads <paramref name="content"/> to its end and returns a replacement with the same headers; disposes the original.</summary>
        /// <param name="bodyExpected">False for answers that never carry a body (HEAD, 204, 304): their Content-Length describes
        /// the resource, not bytes on the wire, so it must not be waited for.</param>
        /// <exception cref="HttpRequestException">The connection failed while the body was read (as HttpClient's own buffering reports it).</exception>
        public static async Task<BufferedBodyContent> ReadAsync(HttpContent content, bool bodyExpected, CancellationToken cancellationToken)
        {
            using (content)
            {
                byte[] bytes;
                try
                {
                    using (var stream = await content.ReadAsStreamAsync().ConfigureAwait(false))
                    {
                        var declared = bodyExpected ? content.Headers.ContentLength : null;
                        bytes = declared.HasValue && declared.Value >= 0 && declared.Value <= LargestPresizedBody
                            ? await ReadDeclaredAsync(stream, (int)declared.Value, cancellationToken).ConfigureAwait(false)
                            : await ReadUndeclaredAsync(stream, cancellationToken).ConfigureAwait(false);
                    }
                }
                catch (IOException e)
                {
                    throw new HttpRequestException("The connection failed while the response body was being read: " + e.Message, e);
                }
                var buffered = new BufferedBodyContent(bytes);
                foreach (var header in content.Headers)
                {
                    // Content-Length too: for a HEAD answer it is the server's word about the resource, which callers may read.
                    if (string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase)) buffered.Headers.Remove(header.Key);
                    buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
                return buffered;
            }
        }

        private static async Task<byte[]> ReadDeclaredAsync(Stream stream, int length, CancellationToken cancellationToken)
        {
            var bytes = new byte[length];
            var filled = 0;
            while (filled < length)
            {
                var read = await stream.ReadAsync(bytes, filled, length - filled, cancellationToken).ConfigureAwait(false);
                if (read == 0) throw new IOException($"The response ended after {filled} of the {length} bytes its Content-Length announced.");
                filled += read;
            }
            // A body that runs past its declared length (a chunked answer that also sent a Content-Length) is kept whole, as HttpClient keeps it.
            var probe = new byte[1];
            if (await stream.ReadAsync(probe, 0, 1, cancellationToken).ConfigureAwait(false) == 0) return bytes;
            var rest = await ReadUndeclaredAsync(stream, cancellationToken).ConfigureAwait(false);
            var all = new byte[length + 1 + rest.Length];
            Buffer.BlockCopy(bytes, 0, all, 0, length);
            all[length] = probe[0];
            Buffer.BlockCopy(rest, 0, all, length + 1, rest.Length);
            return all;
        }

        private static async Task<byte[]> ReadUndeclaredAsync(Stream stream, CancellationToken cancellationToken)
        {
            using (var buffer = new MemoryStream())
            {
                await stream.CopyToAsync(buffer, 81920, cancellationToken).ConfigureAwait(false);
                return buffer.Length == 0 ? Array.Empty<byte>() : buffer.ToArray();
            }
        }
    }
}
