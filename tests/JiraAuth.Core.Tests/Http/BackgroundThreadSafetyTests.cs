using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Http;
using Xunit;

namespace JiraAuth.Core.Tests.Http
{
    /// <summary>
    /// Work that runs on a pool thread nobody awaits must never throw there: an unhandled exception on a timer thread ends
    /// the whole process (the test host included, which is how these tests fail without the guard). Each test provokes a
    /// failure in such a callback and checks it was caught and recorded, while the waiting code still reports its own result.
    /// </summary>
    public sealed class BackgroundThreadSafetyTests
    {
        private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

        [Fact]
        public async Task ACallbackThatThrowsOnATimerThreadIsRecordedAndTheProcessGoesOn()
        {
            var marker = "callback fault " + Guid.NewGuid();
            using (var watch = new FaultWatch(marker))
            using (var source = new CancellationTokenSource())
            using (CancellationCallbacks.Register(source.Token, () => throw new IOException(marker)))
            {
                source.CancelAfter(TimeSpan.FromMilliseconds(10));
                Assert.True(await watch.SeenWithin(Limit), "the callback's fault was not recorded");
            }
        }

        [Fact]
        public async Task AnAttemptTimeoutWhoseResponseFailsToDisposeIsStillATimeout()
        {
            var marker = "dispose fault " + Guid.NewGuid();
            using (var watch = new FaultWatch(marker))
            using (var handler = new AttemptTimeoutHandler(TimeSpan.FromMilliseconds(100)) { InnerHandler = new StallingHandler(marker) })
            using (var invoker = new HttpMessageInvoker(handler))
            {
                var error = await Assert.ThrowsAsync<TimeoutException>(() =>
                    invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://acme.atlassian.net/rest/api/3/myself"), CancellationToken.None));

                Assert.Contains("did not answer within 0.1 s", error.Message);
                Assert.True(await watch.SeenWithin(Limit), "the failed dispose was not recorded");
            }
        }

        [Fact]
        public async Task AStalledDownloadWhoseResponseFailsToDisposeIsStillATimeout()
        {
            var marker = "dispose fault " + Guid.NewGuid();
            using (var watch = new FaultWatch(marker))
            using (var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StallingContent(marker) })
            {
                var request = new HttpRequestMessage(HttpMethod.Get, "https://acme.atlassian.net/secure/attachment/1/a.bin");
                var source = await response.Content.ReadAsStreamAsync();

                var error = await Assert.ThrowsAsync<TimeoutException>(() =>
                    new IdleTimeoutCopier(TimeSpan.FromMilliseconds(100)).CopyAsync(source, Stream.Null, response, request, CancellationToken.None));

                Assert.Contains("stalled for 0.1 s", error.Message);
                Assert.True(await watch.SeenWithin(Limit), "the failed dispose was not recorded");
            }
        }

        [Fact]
        public async Task AFaultOfATaskLeftBehindIsObservedAndRecorded()
        {
            var marker = "left behind " + Guid.NewGuid();
            using (var watch = new FaultWatch(marker))
            {
                BackgroundFaults.Observe(Task.Run(() => throw new InvalidOperationException(marker)));
                Assert.True(await watch.SeenWithin(Limit), "the task's fault was not recorded");
            }
        }

        /// <summary>Waits for <see cref="BackgroundFaults"/> to record the fault carrying this test's marker (other tests record their own).</summary>
        private sealed class FaultWatch : IDisposable
        {
            private readonly string _marker;
            private readonly TaskCompletionSource<bool> _seen = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

            public FaultWatch(string marker)
            {
                _marker = marker;
                BackgroundFaults.Recorded += OnRecorded;
            }

            public async Task<bool> SeenWithin(TimeSpan limit) => await Task.WhenAny(_seen.Task, Task.Delay(limit)) == _seen.Task;

            public void Dispose() => BackgroundFaults.Recorded -= OnRecorded;

            private void OnRecorded(Exception e)
            {
                if (e.ToString().Contains(_marker)) _seen.TrySetResult(true);
            }
        }

        /// <summary>Answers at once with headers and a body that never arrives and cannot be disposed.</summary>
        private sealed class StallingHandler : HttpMessageHandler
        {
            private readonly string _marker;

            public StallingHandler(string marker)
            {
                _marker = marker;
            }

            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StallingContent(_marker), RequestMessage = request });
        }

        /// <summary>
        /// A body whose reads ignore the token (as on frameworks where only disposing the response unblocks a read) and
        /// whose Dispose ends the read and then throws, like a stream torn down under a failing socket.
        /// </summary>
        private sealed class StallingContent : HttpContent
        {
            private readonly string _marker;
            private readonly TaskCompletionSource<int> _released = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
            private bool _thrown;

            public StallingContent(string marker)
            {
                _marker = marker;
                Headers.ContentLength = 100;
            }

            protected override Task SerializeToStreamAsync(Stream stream, TransportContext context) => _released.Task;

            protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(new StallingStream(_released.Task));

            protected override bool TryComputeLength(out long length)
            {
                length = 100;
                return true;
            }

            protected override void Dispose(bool disposing)
            {
                base.Dispose(disposing);
                if (disposing && !_thrown)
                {
                    _thrown = true;
                    _released.TrySetException(new ObjectDisposedException("response body"));
                    throw new IOException(_marker);
                }
            }
        }

        private sealed class StallingStream : Stream
        {
            private readonly Task<int> _released;

            public StallingStream(Task<int> released)
            {
                _released = released;
            }

            public override bool CanRead => true;
            public override bool CanSeek => false;
            public override bool CanWrite => false;
            public override long Length => throw new NotSupportedException();
            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

            public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => _released;

            public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => new ValueTask<int>(_released);

            public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
            public override void Flush() { }
            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
            public override void SetLength(long value) => throw new NotSupportedException();
            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        }
    }
}
