using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Errors;

namespace JiraAuth.Core.Http
{
    /// <summary>
    /// One long-lived HTTP client per connection: retry → per-attempt timeout → redirect guard → authentication → TLS 1.2 scope → transport.
    /// Returns buffered responses and turns failures into <see cref="JiraApiException"/>.
    /// </summary>
    internal sealed class JiraClient : IJiraRequestSender, IDisposable
    {
        private readonly HttpClient _http;
        private readonly RequestUriBuilder _uris;

        public JiraClient(JiraClientOptions options)
        {
            Options = options ?? throw new ArgumentNullException(nameof(options));
            if (options.ApiBaseUri == null) throw new ArgumentException("ApiBaseUri is required.", nameof(options));
            _uris = new RequestUriBuilder(options.ApiBaseUri, options.DefaultApiVersion);
            _http = HttpTransportFactory.CreateClient(options);
        }

        /// <summary>Internal: the options hold the Authorization header, and connections are written to the pipeline.</summary>
        internal JiraClientOptions Options { get; }

        public Uri ApiBaseUri => Options.ApiBaseUri;

        public string DefaultApiVersion => Options.DefaultApiVersion;

        public Uri ResolveUri(JiraRequest request) => _uris.Build(request.Path, request.Query);

        public async Task<JiraResponse> SendAsync(JiraRequest request, CancellationToken cancellationToken)
        {
            using (Lease())
            using (var message = CreateMessage(request))
            // The timeout stage has read the body already (BufferedBodyContent); HttpClient's buffering would only copy it again.
            using (var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false))
            {
                var result = await ReadResponseAsync(message, response).ConfigureAwait(false);
                ThrowIfFailed(request, result);
                return result;
            }
        }

        /// <summary>Streams a successful body to <paramref name="destination"/> without buffering it; errors are decoded as usual.</summary>
        public async Task<JiraResponse> DownloadAsync(JiraRequest request, Stream destination, CancellationToken cancellationToken)
        {
            using (Lease())
            using (var message = CreateMessage(request))
            {
                RequestFlags.MarkStreaming(message);
                return await DownloadAsync(request, message, destination, cancellationToken).ConfigureAwait(false);
            }
        }

        private async Task<JiraResponse> DownloadAsync(JiraRequest request, HttpRequestMessage message, Stream destination, CancellationToken cancellationToken)
        {
            using (var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false))
            {
                if (!response.IsSuccessStatusCode)
                {
                    var failed = await ReadResponseAsync(message, response).ConfigureAwait(false);
                    ThrowIfFailed(request, failed);
                    return failed;
                }
                if (response.Content != null)
                {
                    using (var source = await response.Content.ReadAsStreamAsync().ConfigureAwait(false))
                    {
                        await new IdleTimeoutCopier(Options.Timeout).CopyAsync(source, destination, response, message, cancellationToken).ConfigureAwait(false);
                    }
                }
                return ToJiraResponse(message, response, Array.Empty<byte>(), Encoding.UTF8);
            }
        }

        private readonly object _leaseGate = new object();
        private int _inFlight;
        private bool _retired;
        private bool _httpDisposed;

        /// <summary>
        /// Keeps the HTTP client alive until the lease is disposed, even if the connection is replaced or removed
        /// meanwhile (another runspace connecting again with the same name): a call in flight must finish,
        /// since a cancelled POST may or may not have been applied.
        /// </summary>
        /// <exception cref="JiraConnectionClosedException">The connection was closed and no call was still using it.</exception>
        public IDisposable Lease()
        {
            lock (_leaseGate)
            {
                // A retired client still serves calls made under a lease that is still held (the next page of a paged call).
                if (_httpDisposed) throw new JiraConnectionClosedException();
                _inFlight++;
            }
            return new ClientLease(this);
        }

        /// <summary>Retires the client: the HTTP client goes when the last lease ends (at once when none is held); after that calls are refused.</summary>
        public void Dispose()
        {
            lock (_leaseGate)
            {
                if (_retired) return;
                _retired = true;
                if (_inFlight > 0) return;
                _httpDisposed = true;
            }
            _http.Dispose();
        }

        private void Release()
        {
            lock (_leaseGate)
            {
                _inFlight--;
                if (!_retired || _inFlight > 0 || _httpDisposed) return;
                _httpDisposed = true;
            }
            _http.Dispose();
        }

        private sealed class ClientLease : IDisposable
        {
            private JiraClient _client;

            public ClientLease(JiraClient client)
            {
                _client = client;
            }

            public void Dispose() => System.Threading.Interlocked.Exchange(ref _client, null)?.Release();
        }

        private HttpRequestMessage CreateMessage(JiraRequest request)
        {
            var message = new HttpRequestMessage(request.Method, ResolveUri(request));
            // Added unparsed: both values are fixed and valid, and parsing them again costs more than a loopback request's own work.
            message.Headers.TryAddWithoutValidation("Accept", "application/json");
            message.Headers.TryAddWithoutValidation("User-Agent", Options.UserAgent);
            message.Content = RequestContentFactory.Create(request.Body, request.ContentType);
            if (request.Body is Stream stream && !stream.CanSeek) RequestFlags.MarkNotRepeatable(message);
            RequestFlags.SetRetryLimits(message, request.MaxRetries, request.MaxRetryWait);
            RequestFlags.ApplyRepeatRule(message, request.Repeat);
            if (message.Content is MultipartContent)
            {
                // Jira's XSRF check rejects multipart uploads without it.
                message.Headers.TryAddWithoutValidation("X-Atlassian-Token", "no-check");
            }

            foreach (var header in request.Headers)
            {
                CustomHeaderValidator.Validate(header.Key, header.Value);
                if (string.Equals(header.Key, "Accept", StringComparison.OrdinalIgnoreCase)) message.Headers.Accept.Clear();
                if (string.Equals(header.Key, "Content-Type", StringComparison.OrdinalIgnoreCase))
                {
                    if (!MediaTypeHeaderValue.TryParse(header.Value, out var type))
                    {
                        throw new ArgumentException($"The Content-Type header '{header.Value}' is not a media type. Use a value such as 'application/json'.");
                    }
                    if (message.Content != null) message.Content.Headers.ContentType = type;
                    continue;
                }
                message.Headers.Remove(header.Key);
                if (!message.Headers.TryAddWithoutValidation(header.Key, header.Value) && message.Content != null)
                {
                    message.Content.Headers.Remove(header.Key);
                    message.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }
            return message;
        }

        private static JiraResponse ToJiraResponse(HttpRequestMessage message, HttpResponseMessage response, byte[] body, Encoding encoding) =>
            new JiraResponse(message.Method, message.RequestUri, (int)response.StatusCode, response.ReasonPhrase,
                RequestFlags.ResponseHeaders(message, response), response.Content?.Headers.ContentType?.ToString(), body, encoding);

        // The bytes are kept as they are: decoding a 10 MB page into a string first would hold it twice for nothing.
        private static async Task<JiraResponse> ReadResponseAsync(HttpRequestMessage message, HttpResponseMessage response)
        {
            if (response.Content == null) return ToJiraResponse(message, response, Array.Empty<byte>(), Encoding.UTF8);
            var bytes = response.Content is BufferedBodyContent buffered
                ? buffered.Bytes
                : await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            return ToJiraResponse(message, response, bytes, EncodingOf(response.Content));
        }

        private static void ThrowIfFailed(JiraRequest request, JiraResponse response)
        {
            if (request.SkipHttpErrorCheck) return;
            var loginReason = response.GetHeader(SeraphLoginReason.HeaderName);
            if (!ResponseClassifier.IsError(response.StatusCode, loginReason)) return;
            if (!ResponseClassifier.IsAnonymousAfterFailedLogin(response.StatusCode, loginReason)) throw JiraErrorDecoder.Decode(response);
            throw new JiraApiException(
                $"Jira did not accept the credentials (X-Seraph-LoginReason: {loginReason}) "
                    + $"and answered {response.Method} {SafeUri.Describe(response.RequestUri)} anonymously.",
                new JiraApiFailure(response.StatusCode, response.Method.Method, response.RequestUri).WithRateLimit(RateLimitHeaders.Parse(response.Headers)))
                .With(RemedyKind.DiagnoseRefusedCredential);
        }

        private static Encoding EncodingOf(HttpContent content)
        {
            var charset = content.Headers.ContentType?.CharSet?.Trim('"');
            if (string.IsNullOrEmpty(charset) || string.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase)) return Encoding.UTF8;
            try { return Encoding.GetEncoding(charset); } catch (ArgumentException) { return Encoding.UTF8; }
        }
    }
}
