using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace JiraAuth.Core.Tests.Support
{
    /// <summary>An in-memory transport: answers from a script and records what was sent (URI, method, Authorization, body).</summary>
    public sealed class ScriptedTransport : HttpMessageHandler
    {
        private readonly ConcurrentQueue<Func<HttpRequestMessage, HttpResponseMessage>> _script = new ConcurrentQueue<Func<HttpRequestMessage,
            HttpResponseMessage>>();

        public List<SentRequest> Sent { get; } = new List<SentRequest>();

        /// <summary>Answers used once the script runs out.</summary>
        public Func<HttpRequestMessage, HttpResponseMessage> Fallback { get; set; } = _ => Json(HttpStatusCode.OK, "{}");

        public ScriptedTransport Then(Func<HttpRequestMessage, HttpResponseMessage> answer)
        {
            _script.Enqueue(answer);
            return this;
        }

        public ScriptedTransport Then(HttpStatusCode status, string json = "{}", params (string Name, string Value)[] headers) =>
            Then(_ => Json(status, json, headers));

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content == null ? null : await request.Content.ReadAsStringAsync().ConfigureAwait(false);
            lock (Sent) Sent.Add(new SentRequest(request.Method.Method, request.RequestUri, request.Headers.Authorization?.ToString(), body,
                request.Headers.ToString()));
            var answer = _script.TryDequeue(out var next) ? next : Fallback;
            var response = answer(request);
            response.RequestMessage = request;
            return response;
        }

        public static HttpResponseMessage Json(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(json ?? string.Empty, Encoding.UTF8, "application/json") };
            foreach (var (name, value) in headers)
            {
                if (!response.Headers.TryAddWithoutValidation(name, value)) response.Content.Headers.TryAddWithoutValidation(name, value);
            }
            return response;
        }

        public static HttpResponseMessage Redirect(HttpStatusCode status, string location)
        {
            var response = new HttpResponseMessage(status);
            response.Headers.Location = new Uri(location, UriKind.RelativeOrAbsolute);
            return response;
        }
    }

    public sealed class SentRequest
    {
        public SentRequest(string method, Uri uri, string authorization, string body, string headers)
        {
            Method = method;
            Uri = uri;
            Authorization = authorization;
            Body = body;
            Headers = headers;
        }

        public string Method { get; }
        public Uri Uri { get; }
        public string Authorization { get; }
        public string Body { get; }
        public string Headers { get; }
    }
}
