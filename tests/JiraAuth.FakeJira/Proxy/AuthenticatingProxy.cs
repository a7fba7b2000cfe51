using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace JiraAuth.FakeJira
{
    /// <summary>
    /// A forwarding HTTP proxy on 127.0.0.1 that wants Basic proxy credentials: without a matching Proxy-Authorization it
    /// answers 407 with Proxy-Authenticate; with one it forwards the request (absolute URI, plain http) and relays the answer.
    /// For tests of proxy settings; it records what it saw.
    /// </summary>
    public sealed class AuthenticatingProxy : IAsyncDisposable
    {
        private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private readonly HttpClient _upstream = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false, UseCookies = false });
        private readonly string _expected;
        private readonly Task _accepting;

        public AuthenticatingProxy(string userName, string password)
        {
            _expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(userName + ":" + password));
            _listener.Start();
            Address = new Uri("http://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port + "/");
            _accepting = AcceptAsync();
        }

        public Uri Address { get; }

        /// <summary>Requests that carried the right proxy credentials and were forwarded ("GET http://...").</summary>
        public ConcurrentQueue<string> Forwarded { get; } = new ConcurrentQueue<string>();

        /// <summary>How many 407 challenges were sent.</summary>
        public int Challenges => _challenges;

        /// <summary>Any Proxy-Authorization header seen on a forwarded request's way upstream (must stay empty).</summary>
        public ConcurrentQueue<string> LeakedUpstream { get; } = new ConcurrentQueue<string>();

        private int _challenges;

        public async ValueTask DisposeAsync()
        {
            _stop.Cancel();
            _listener.Stop();
            try { await _accepting.ConfigureAwait(false); } catch (Exception) { }
            _upstream.Dispose();
        }

        private async Task AcceptAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false);
                _ = Task.Run(() => ServeAsync(client));
            }
        }

        private async Task ServeAsync(TcpClient client)
        {
            using (client)
            using (var stream = client.GetStream())
            {
                try
                {
                    while (!_stop.IsCancellationRequested)
                    {
                        var head = await ReadHeadAsync(stream).ConfigureAwait(false);
                        if (head == null) return;
                        var lines = head.Split("\r\n");
                        var requestLine = lines[0].Split(' ');
                        var headers = lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(new[] { ':' }, 2))
                            .Select(p => new KeyValuePair<string, string>(p[0].Trim(), p.Length > 1 ? p[1].Trim() : string.Empty)).ToList();
                        var length = headers.Where(h => h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)).Select(h =>
                            int.Parse(h.Value)).FirstOrDefault();
                        var body = new byte[length];
                        for (var read = 0; read < length;)
                        {
                            var n = await stream.ReadAsync(body, read, length - read).ConfigureAwait(false);
                            if (n == 0) return;
                            read += n;
                        }

                        var authorization = headers.Where(h => h.Key.Equals("Proxy-Authorization", StringComparison.OrdinalIgnoreCase)).Select(h =>
                            h.Value).FirstOrDefault();
                        if (authorization != _expected)
                        {
                            Interlocked.Increment(ref _challenges);
                            await WriteAsync(stream,
                                "HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"jiraauth-test\"\r\nContent-Length: 0\r\n\r\n",
                                Array.Empty<byte>()).ConfigureAwait(false);
                            continue;
                        }
                        Forwarded.Enqueue(requestLine[0] + " " + requestLine[1]);
                        await ForwardAsync(stream, requestLine[0], requestLine[1], headers, body).ConfigureAwait(false);
                    }
                }
                catch (Exception e) when (e is IOException || e is SocketException || e is ObjectDisposedException || e is OperationCanceledException)
                {
                }
            }
        }

        private async Task ForwardAsync(NetworkStream stream, string method, string target, List<KeyValuePair<string, string>> headers, byte[] body)
        {
            var request = new HttpRequestMessage(new HttpMethod(method), target);
            if (body.Length > 0 || method == "POST" || method == "PUT") request.Content = new ByteArrayContent(body);
            foreach (var (name, value) in headers)
            {
                if (name.StartsWith("Proxy-", StringComparison.OrdinalIgnoreCase) || name.Equals("Connection", StringComparison.OrdinalIgnoreCase)
                    || name.Equals("Host", StringComparison.OrdinalIgnoreCase) || name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) continue;
                if (!request.Headers.TryAddWithoutValidation(name, value)) request.Content?.Headers.TryAddWithoutValidation(name, value);
            }
            if (request.Headers.Contains("Proxy-Authorization")) LeakedUpstream.Enqueue(string.Join(",", request.Headers.GetValues("Proxy-Authorization")));
            using (var response = await _upstream.SendAsync(request).ConfigureAwait(false))
            {
                var content = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                var head = new StringBuilder($"HTTP/1.1 {(int)response.StatusCode} {response.ReasonPhrase}\r\n");
                foreach (var header in response.Headers.Concat(response.Content.Headers))
                {
                    if (header.Key.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase)
                        || header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
                        || header.Key.Equals("Connection", StringComparison.OrdinalIgnoreCase)) continue;
                    foreach (var value in header.Value) head.Append(header.Key).Append(": ").Append(value).Append("\r\n");
                }
                head.Append("Content-Length: ").Append(content.Length).Append("\r\n\r\n");
                await WriteAsync(stream, head.ToString(), content).ConfigureAwait(false);
            }
        }

        private static async Task WriteAsync(NetworkStream stream, string head, byte[] body)
        {
            var bytes = Encoding.ASCII.GetBytes(head);
            await stream.WriteAsync(bytes, 0, bytes.Length).ConfigureAwait(false);
            if (body.Length > 0) await stream.WriteAsync(body, 0, body.Length).ConfigureAwait(false);
            await stream.FlushAsync().ConfigureAwait(false);
        }

        /// <summary>The request line and headers, up to the blank line; null when the client closed the connection.</summary>
        private static async Task<string> ReadHeadAsync(NetworkStream stream)
        {
            var buffer = new List<byte>();
            var one = new byte[1];
            while (true)
            {
                var n = await stream.ReadAsync(one, 0, 1).ConfigureAwait(false);
                if (n == 0) return null;
                buffer.Add(one[0]);
                var count = buffer.Count;
                if (count >= 4 && buffer[count - 4] == '\r' && buffer[count - 3] == '\n' && buffer[count - 2] == '\r' && buffer[count - 1] == '\n')
                {
                    return Encoding.ASCII.GetString(buffer.ToArray(), 0, count - 4);
                }
                if (count > 65536) return null;
            }
        }
    }
}
