using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace JiraAuth.Benchmarks
{
    /// <summary>
    /// A minimal HTTP/1.1 keep-alive server on 127.0.0.1 written on raw sockets, so the benchmark controls exactly what a
    /// server does on the wire: with <c>noDelay: false</c> it leaves Nagle on and writes headers and body separately, the
    /// pattern that punishes clients which wait for a delayed ACK.
    /// </summary>
    internal sealed class LoopbackJira : IDisposable
    {
        private readonly TcpListener _listener;
        private readonly bool _noDelay;
        private readonly Func<string, IDictionary<string, string>, string, Task<byte[]>> _route;
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();

        /// <param name="route">Gets the path (after /rest/api/{version}/), the query and the request body (empty for none); returns the JSON body.</param>
        public LoopbackJira(Func<string, IDictionary<string, string>, string, Task<byte[]>> route, bool noDelay)
        {
            _route = route;
            _noDelay = noDelay;
            _listener = new TcpListener(IPAddress.Loopback, 0);
            _listener.Start(512);
            _ = AcceptLoop();
        }

        public string Site => "http://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port;

        private async Task AcceptLoop()
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient client;
                try { client = await _listener.AcceptTcpClientAsync().ConfigureAwait(false); }
                catch (Exception) when (_stop.IsCancellationRequested) { return; }
                catch (ObjectDisposedException) { return; }
                client.NoDelay = _noDelay;
                _ = Serve(client);
            }
        }

        private async Task Serve(TcpClient client)
        {
            using (client)
            using (var stream = client.GetStream())
            {
                var buffer = new byte[16384];
                var filled = 0;
                try
                {
                    while (true)
                    {
                        int end;
                        while ((end = HeaderEnd(buffer, filled)) < 0)
                        {
                            if (filled == buffer.Length) return;
                            var read = await stream.ReadAsync(buffer, filled, buffer.Length - filled).ConfigureAwait(false);
                            if (read == 0) return;
                            filled += read;
                        }
                        var head = Encoding.ASCII.GetString(buffer, 0, end);
                        Array.Copy(buffer, end + 4, buffer, 0, filled - end - 4);
                        filled -= end + 4;
                        var length = ContentLength(head);
                        if (length > buffer.Length) return;
                        while (filled < length)
                        {
                            var read = await stream.ReadAsync(buffer, filled, buffer.Length - filled).ConfigureAwait(false);
                            if (read == 0) return;
                            filled += read;
                        }
                        var requestBody = Encoding.UTF8.GetString(buffer, 0, length);
                        Array.Copy(buffer, length, buffer, 0, filled - length);
                        filled -= length;

                        var target = head.Substring(0, head.IndexOf("\r\n", StringComparison.Ordinal)).Split(' ')[1];
                        byte[] body;
                        var status = "200 OK";
                        try
                        {
                            body = await _route(PathOf(target), QueryOf(target), requestBody).ConfigureAwait(false);
                            if (body == null) { status = "404 Not Found"; body = Encoding.UTF8.GetBytes("{\"errorMessages\":[\"No such bench "
                                + "route.\"],\"errors\":{}}"); }
                        }
                        catch (Exception e)
                        {
                            status = "500 Internal Server Error";
                            body = Encoding.UTF8.GetBytes("{\"errorMessages\":[" + Newtonsoft.Json.JsonConvert.ToString(e.Message) + "],\"errors\":{}}");
                        }
                        var headers = Encoding.ASCII.GetBytes("HTTP/1.1 " + status + "\r\nContent-Type: application/json;charset=UTF-8\r\nContent-Length: " +
                                                              body.Length.ToString(CultureInfo.InvariantCulture) + "\r\n\r\n");
                        if (_noDelay)
                        {
                            var all = new byte[headers.Length + body.Length];
                            Buffer.BlockCopy(headers, 0, all, 0, headers.Length);
                            Buffer.BlockCopy(body, 0, all, headers.Length, body.Length);
                            await stream.WriteAsync(all, 0, all.Length).ConfigureAwait(false);
                        }
                        else
                        {
                            await stream.WriteAsync(headers, 0, headers.Length).ConfigureAwait(false);
                            await stream.WriteAsync(body, 0, body.Length).ConfigureAwait(false);
                        }
                    }
                }
                catch (Exception e) when (e is System.IO.IOException || e is SocketException || e is ObjectDisposedException)
                {
                    // The client closed the connection.
                }
            }
        }

        private static int HeaderEnd(byte[] buffer, int filled)
        {
            for (var i = 0; i + 3 < filled; i++)
            {
                if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n') return i;
            }
            return -1;
        }

        private static int ContentLength(string head)
        {
            const string name = "Content-Length:";
            foreach (var line in head.Split("\r\n"))
            {
                if (!line.StartsWith(name, StringComparison.OrdinalIgnoreCase)) continue;
                return int.Parse(line.Substring(name.Length).Trim(), CultureInfo.InvariantCulture);
            }
            return 0;
        }

        private static string PathOf(string target)
        {
            var path = target.Split('?')[0];
            const string prefix = "/rest/api/";
            if (!path.StartsWith(prefix, StringComparison.Ordinal)) return path;
            var afterVersion = path.IndexOf('/', prefix.Length);
            return afterVersion < 0 ? string.Empty : path.Substring(afterVersion + 1);
        }

        private static IDictionary<string, string> QueryOf(string target)
        {
            var query = new Dictionary<string, string>(StringComparer.Ordinal);
            var mark = target.IndexOf('?');
            if (mark < 0) return query;
            foreach (var pair in target.Substring(mark + 1).Split('&'))
            {
                if (pair.Length == 0) continue;
                var eq = pair.IndexOf('=');
                var key = Uri.UnescapeDataString(eq < 0 ? pair : pair.Substring(0, eq));
                query[key] = eq < 0 ? string.Empty : Uri.UnescapeDataString(pair.Substring(eq + 1).Replace('+', ' '));
            }
            return query;
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
        }
    }
}
