using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Http;

namespace JiraAuth.Core.OAuth
{
    /// <summary>
    /// Receives the browser's redirect on the app's loopback callback (http://localhost:PORT/PATH). A bare TCP listener, not
    /// HttpListener: it needs no URL reservation on Windows and answers only the callback path. Dispose always closes it.
    /// </summary>
    internal sealed class LoopbackRedirectListener : IDisposable
    {
        private const int MaxRequestBytes = 16 * 1024;
        private readonly List<TcpListener> _listeners = new List<TcpListener>();
        private readonly Uri _redirectUri;
        private int _disposed;

        private LoopbackRedirectListener(Uri redirectUri)
        {
            _redirectUri = redirectUri;
        }

        public static bool CanListenOn(Uri redirectUri) =>
            redirectUri != null && redirectUri.Scheme == Uri.UriSchemeHttp
                && (redirectUri.IsLoopback || string.Equals(redirectUri.Host, "localhost", StringComparison.OrdinalIgnoreCase));

        /// <exception cref="ArgumentException">The callback is not an http loopback URL.</exception>
        /// <exception cref="InvalidOperationException">The port is taken.</exception>
        public static LoopbackRedirectListener Start(Uri redirectUri)
        {
            if (!CanListenOn(redirectUri))
            {
                throw new ArgumentException($"The callback {redirectUri} is not an http://localhost or http://127.0.0.1 address, "
                    + "so this machine cannot receive the redirect.").With(RemedyKind.PasteRedirect);
            }
            var listener = new LoopbackRedirectListener(redirectUri);
            try
            {
                var ipv6Host = redirectUri.HostNameType == UriHostNameType.IPv6;
                if (!ipv6Host) listener.Listen(IPAddress.Loopback, required: true);
                // Browsers may resolve localhost to ::1.
                if (ipv6Host || string.Equals(redirectUri.Host, "localhost", StringComparison.OrdinalIgnoreCase)) listener.Listen(IPAddress.IPv6Loopback,
                    required: ipv6Host);
                return listener;
            }
            catch
            {
                listener.Dispose();
                throw;
            }
        }

        /// <summary>Waits for the browser to arrive at the callback path and returns the full URL it asked for.</summary>
        /// <exception cref="TimeoutException">No redirect within <paramref name="timeout"/>.</exception>
        public async Task<string> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
        {
            using (var expiry = new CancellationTokenSource(timeout))
            using (var linked = CancellationTokenSource.CreateLinkedTokenSource(expiry.Token, cancellationToken))
            using (CancellationCallbacks.Register(linked.Token, Dispose))
            {
                var accepts = new List<Task<TcpClient>>();
                foreach (var l in _listeners) accepts.Add(l.AcceptTcpClientAsync());
                try
                {
                    while (true)
                    {
                        var done = await Task.WhenAny(accepts).ConfigureAwait(false);
                        var index = accepts.IndexOf(done);
                        var client = await done.ConfigureAwait(false);
                        accepts[index] = _listeners[index].AcceptTcpClientAsync();
                        using (client)
                        {
                            var url = await ServeAsync(client).ConfigureAwait(false);
                            if (url != null) return url;
                        }
                    }
                }
                catch (Exception e) when (e is ObjectDisposedException || e is SocketException || e is InvalidOperationException)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (expiry.IsCancellationRequested)
                    {
                        throw new TimeoutException($"No sign-in arrived at {_redirectUri} within {(int)timeout.TotalSeconds} s.")
                            .With(RemedyKind.SignInSoonerOrPasteRedirect);
                    }
                    throw;
                }
                finally
                {
                    // Accepts still pending fail once the listeners stop; nobody awaits them any more.
                    foreach (var pending in accepts) BackgroundFaults.Observe(pending);
                }
            }
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
            foreach (var l in _listeners)
            {
                try { l.Stop(); } catch (SocketException) { }
            }
        }

        private void Listen(IPAddress address, bool required)
        {
            var listener = new TcpListener(address, _redirectUri.Port);
            try
            {
                listener.Start();
                _listeners.Add(listener);
            }
            catch (SocketException e) when (required)
            {
                throw new InvalidOperationException(
                    $"Cannot listen on {_redirectUri.GetLeftPart(UriPartial.Authority)} for the sign-in redirect ({e.SocketErrorCode}): "
                        + $"another program uses port {_redirectUri.Port}.", e).With(RemedyKind.FreeCallbackPort);
            }
            catch (SocketException)
            {
            }
        }

        /// <returns>The callback URL, or null for any other request (a favicon), which gets a 404.</returns>
        private async Task<string> ServeAsync(TcpClient client)
        {
            client.ReceiveTimeout = 10000;
            client.SendTimeout = 10000;
            var stream = client.GetStream();
            var target = await ReadRequestTargetAsync(stream).ConfigureAwait(false);
            var expectedPath = _redirectUri.AbsolutePath;
            var path = target?.Split('?')[0];
            if (path == null || !string.Equals(path, expectedPath, StringComparison.Ordinal))
            {
                await RespondAsync(stream, "404 Not Found", "Not the sign-in callback.").ConfigureAwait(false);
                return null;
            }
            var failed = target.IndexOf("error=", StringComparison.Ordinal) >= 0;
            await RespondAsync(stream, "200 OK", failed
                ? "The sign-in did not complete. Return to PowerShell to see why."
                : "Signed in. You can close this window and return to PowerShell.").ConfigureAwait(false);
            return _redirectUri.GetLeftPart(UriPartial.Authority) + target;
        }

        private static async Task<string> ReadRequestTargetAsync(Stream stream)
        {
            var buffer = new byte[MaxRequestBytes];
            var total = 0;
            while (total < buffer.Length)
            {
                var read = await stream.ReadAsync(buffer, total, buffer.Length - total).ConfigureAwait(false);
                if (read == 0) break;
                total += read;
                if (Encoding.ASCII.GetString(buffer, 0, total).Contains("\r\n\r\n")) break;
            }
            var text = Encoding.ASCII.GetString(buffer, 0, total);
            var firstLine = text.Split(new[] { "\r\n" }, StringSplitOptions.None)[0].Split(' ');
            return firstLine.Length >= 3 && firstLine[0] == "GET" && firstLine[1].StartsWith("/", StringComparison.Ordinal) ? firstLine[1] : null;
        }

        private static async Task RespondAsync(Stream stream, string status, string message)
        {
            var html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>JiraAuth</title></head><body><p>" + WebUtility.HtmlEncode(message)
                + "</p></body></html>";
            var body = Encoding.UTF8.GetBytes(html);
            var head = Encoding.ASCII.GetBytes("HTTP/1.1 " + status + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.Length
                + "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n");
            await stream.WriteAsync(head, 0, head.Length).ConfigureAwait(false);
            await stream.WriteAsync(body, 0, body.Length).ConfigureAwait(false);
            await stream.FlushAsync().ConfigureAwait(false);
        }
    }
}
