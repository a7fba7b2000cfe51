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
        public static async Task<BufferedBodyContent> ReadAsync(HttpContent content, CancellationToken cancellationToken)
        {
            using (content)
            {
                byte[] bytes;
                using (var stream = await content.ReadAsStreamAsync().ConfigureAwait(false))
                {
                    var declared = content.Headers.ContentLength;
                    bytes = declared.HasValue && declared.Value >= 0 && declared.Value <= LargestPresizedBody
                        ? await ReadDeclaredAsync(stream, (int)declared.Value, cancellationToken).ConfigureAwait(false)
                        : await ReadUndeclaredAsync(stream, cancellationToken).ConfigureAwait(false);
                }
                var buffered = new BufferedBodyContent(bytes);
                foreach (var header in content.Headers)
                {
                    if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
                    {
                        buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
                    }
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
            return bytes;
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
