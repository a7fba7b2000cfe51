using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Errors;

namespace JiraAuth.Core.Http
{
    /// <summary>
    /// Follows redirects itself (the transport's own following would carry the Authorization header anywhere).
    /// Each hop passes through the AuthenticationHandler again, which only signs requests to the connection's origin;
    /// a downgrade from https to http is refused outright.
    /// </summary>
    internal sealed class RedirectGuardHandler : DelegatingHandler
    {
        public const int MaxRedirects = 10;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            for (var hop = 0; ; hop++)
            {
                var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (!IsRedirect(status) || response.Headers.Location == null) return response;

                if (hop >= MaxRedirects)
                {
                    response.Dispose();
                    throw new RedirectRefusedException(request.RequestUri, response.Headers.Location,
                        $"Jira redirected more than {MaxRedirects} times, last from {SafeUri.Describe(request.RequestUri)}; giving up.");
                }

                var target = response.Headers.Location.IsAbsoluteUri ? response.Headers.Location : new Uri(request.RequestUri, response.Headers.Location);
                if (request.RequestUri.Scheme == Uri.UriSchemeHttps && target.Scheme != Uri.UriSchemeHttps)
                {
                    response.Dispose();
                    throw new RedirectRefusedException(request.RequestUri, target,
                        $"Refused a redirect from {SafeUri.Origin(request.RequestUri)} to the unencrypted {SafeUri.Origin(target)}: "
                            + "credentials and data would travel in clear text.");
                }
                if (target.Scheme != Uri.UriSchemeHttps && target.Scheme != Uri.UriSchemeHttp)
                {
                    response.Dispose();
                    throw new RedirectRefusedException(request.RequestUri, target, $"Refused a redirect to a '{target.Scheme}:' address.");
                }

                // 303, and 301/302 after anything but GET/HEAD, become a GET without a body, as browsers do.
                if (status == 303 || ((status == 301 || status == 302) && request.Method != HttpMethod.Get && request.Method != HttpMethod.Head))
                {
                    request.Method = HttpMethod.Get;
                    request.Content = null;
                }
                request.RequestUri = target;
                response.Dispose();
            }
        }

        private static bool IsRedirect(int status) => status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }
}
