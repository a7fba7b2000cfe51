using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Http;
using Xunit;

namespace JiraAuth.Core.Tests.Http
{
    public class BufferedBodyContentTests
    {
        [Fact]
        public async Task A_body_with_a_declared_length_is_read_into_an_array_of_exactly_that_size_with_its_headers_kept()
        {
            var original = new StringContent("{\"key\":\"ABC-1\"}", Encoding.UTF8, "application/json");
            original.Headers.TryAddWithoutValidation("Content-Language", "en");

            var buffered = await BufferedBodyContent.ReadAsync(original, bodyExpected: true, CancellationToken.None);

            Assert.Equal("{\"key\":\"ABC-1\"}", Encoding.UTF8.GetString(buffered.Bytes));
            Assert.Equal(15, buffered.Bytes.Length);
            Assert.Equal("application/json; charset=utf-8", buffered.Headers.ContentType.ToString());
            Assert.Equal("en", string.Join(",", buffered.Headers.ContentLanguage));
            Assert.Equal(15, buffered.Headers.ContentLength);
            Assert.Equal(buffered.Bytes, await buffered.ReadAsByteArrayAsync());
        }

        [Fact]
        public async Task A_body_without_a_declared_length_is_read_to_its_end()
        {
            var bytes = new byte[200_000];
            new Random(7).NextBytes(bytes);
            var original = new StreamContent(new OneWayStream(bytes));
            Assert.Null(original.Headers.ContentLength);

            var buffered = await BufferedBodyContent.ReadAsync(original, bodyExpected: true, CancellationToken.None);

            Assert.Equal(bytes, buffered.Bytes);
        }

        [Fact]
        public async Task A_body_shorter_than_its_Content_Length_is_an_error_not_a_quietly_truncated_page()
        {
            var original = new StreamContent(new OneWayStream(new byte[5]));
            original.Headers.ContentLength = 10;

            var error = await Assert.ThrowsAsync<HttpRequestException>(() =>
                BufferedBodyContent.ReadAsync(original, bodyExpected: true, CancellationToken.None));

            Assert.Contains("5 of the 10 bytes", error.Message);
            Assert.IsType<IOException>(error.InnerException);
        }

        [Fact]
        public async Task A_declared_length_beyond_the_presize_limit_is_not_allocated_up_front()
        {
            var original = new StreamContent(new OneWayStream(new byte[] { 1, 2, 3 }));
            original.Headers.ContentLength = BufferedBodyContent.LargestPresizedBody + 1L;

            var buffered = await BufferedBodyContent.ReadAsync(original, bodyExpected: true, CancellationToken.None);

            Assert.Equal(new byte[] { 1, 2, 3 }, buffered.Bytes);
        }

        [Fact]
        public async Task An_answer_that_never_has_a_body_keeps_its_Content_Length_without_waiting_for_those_bytes()
        {
            var original = new StreamContent(new OneWayStream(new byte[0]));
            original.Headers.ContentLength = 1234;

            var buffered = await BufferedBodyContent.ReadAsync(original, bodyExpected: false, CancellationToken.None);

            Assert.Empty(buffered.Bytes);
            Assert.Equal(1234, buffered.Headers.ContentLength);
        }

        [Fact]
        public async Task A_body_that_runs_past_its_declared_length_is_kept_whole()
        {
            var original = new StreamContent(new OneWayStream(new byte[] { 1, 2, 3, 4, 5 }));
            original.Headers.ContentLength = 3;

            var buffered = await BufferedBodyContent.ReadAsync(original, bodyExpected: true, CancellationToken.None);

            Assert.Equal(new byte[] { 1, 2, 3, 4, 5 }, buffered.Bytes);
        }

        /// <summary>A network-like stream: no length, no seeking, a few bytes per read.</summary>
        private sealed class OneWayStream : Stream
        {
            private readonly MemoryStream _inner;

            public OneWayStream(byte[] bytes)
            {
                _inner = new MemoryStream(bytes);
            }

            public override bool CanRead => true;
            public override bool CanSeek => false;
            public override bool CanWrite => false;
            public override long Length => throw new NotSupportedException();
            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
            public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, Math.Min(count, 4096));
            public override void Flush() { }
            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
            public override void SetLength(long value) => throw new NotSupportedException();
            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        }
    }
}
