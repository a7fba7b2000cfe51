using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Http;

namespace JiraAuth.Core.Tests.Support
{
    /// <summary>
    /// A whole JiraClient for acme.atlassian.net with a fixed Basic header over an in-memory transport: what the pipeline and
    /// rate-limit tests send through (import with <c>using static</c>). Each test class still chooses its own retry timing.
    /// </summary>
    internal static class ScriptedClient
    {
        public const string Site = "https://acme.atlassian.net";

        public static readonly AuthenticationHeaderValue Basic = new AuthenticationHeaderValue("Basic", "YWRtaW5AYWNtZS5leGFtcGxlOnRva2Vu");

        /// <param name="timeout">The per-attempt limit; null keeps the client's default.</param>
        public static JiraClient Create(HttpMessageHandler transport, RetryOptions retry, TimeSpan? timeout = null)
        {
            var options = new JiraClientOptions { ApiBaseUri = new Uri(Site), Authorization = Basic, Transport = transport, Retry = retry };
            if (timeout != null) options.Timeout = timeout.Value;
            return new JiraClient(options);
        }

        public static Task<JiraResponse> Get(JiraClient client, string path = "myself") =>
            client.SendAsync(new JiraRequest(HttpMethod.Get, path), CancellationToken.None);
    }
}
