using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace JiraAuth.Core.Http
{
    /// <summary>The innermost stage: each attempt is sent (and its TLS connection made) inside a <see cref="Tls12Scope"/>.</summary>
    internal sealed class Tls12Handler : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using (Tls12Scope.Enter())
            {
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
