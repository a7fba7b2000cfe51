using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace JiraAuth.Core.Http
{
    /// <summary>
    /// Sends the Authorization header up front (Jira Cloud's 401 never offers Basic, so challenge-response cannot work),
    /// and only to the connection's own origin; any other request leaves without it.
    /// </summary>
    internal sealed class AuthenticationHandler : DelegatingHandler
    {
        private readonly Uri _origin;
        private readonly AuthenticationHeaderValue _authorization;

        public AuthenticationHandler(Uri origin, AuthenticationHeaderValue authorization)
        {
            _origin = origin ?? throw new ArgumentNullException(nameof(origin));
            _authorization = authorization;
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = OriginComparer.SameOrigin(request.RequestUri, _origin) ? _authorization : null;
            return base.SendAsync(request, cancellationToken);
        }
    }
}
