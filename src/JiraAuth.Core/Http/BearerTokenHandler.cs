using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace JiraAuth.Core.Http
{
    /// <summary>
    /// Signs requests to the connection's origin with a current OAuth access token. A 401 gets one new token and one
    /// resend; a token fetched because of a 401 that is itself refused is not replaced again, so a refusing server
    /// cannot make every call rotate the refresh token (once accepted, it is an ordinary token again).
    /// </summary>
    internal sealed class BearerTokenHandler : DelegatingHandler
    {
        private const string FailureCategoryHeader = "X-Failure-Category";
        private readonly Uri _origin;
        private readonly IAccessTokenSource _tokens;
        private AccessToken _replacementAfterRejection;

        public BearerTokenHandler(Uri origin, IAccessTokenSource tokens)
        {
            _origin = origin ?? throw new ArgumentNullException(nameof(origin));
            _tokens = tokens ?? throw new ArgumentNullException(nameof(tokens));
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (!OriginComparer.SameOrigin(request.RequestUri, _origin))
            {
                request.Headers.Authorization = null;
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            var token = await _tokens.GetAsync(cancellationToken).ConfigureAwait(false);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value.Reveal());
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!ShouldRenew(request, response, token)) return response;

            _tokens.Invalidate(token);
            var fresh = await _tokens.GetAsync(cancellationToken).ConfigureAwait(false);
            if (ReferenceEquals(fresh, token)) return response;
            Volatile.Write(ref _replacementAfterRejection, fresh);
            response.Dispose();
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fresh.Value.Reveal());
            var retried = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            // Accepted: an ordinary token again, which may be renewed when it expires in turn.
            if (retried.StatusCode != HttpStatusCode.Unauthorized) Interlocked.CompareExchange(ref _replacementAfterRejection, null, fresh);
            return retried;
        }

        private bool ShouldRenew(HttpRequestMessage request, HttpResponseMessage response, AccessToken used)
        {
            if (response.StatusCode != HttpStatusCode.Unauthorized || !RequestFlags.IsRepeatable(request)) return false;
            if (ReferenceEquals(used, Volatile.Read(ref _replacementAfterRejection))) return false;
            // A missing scope is a 401 too, but a new token carries the same scopes.
            return !(response.Headers.TryGetValues(FailureCategoryHeader, out var values)
                     && values.Any(v => v.IndexOf("SCOPE", StringComparison.OrdinalIgnoreCase) >= 0));
        }
    }
}
