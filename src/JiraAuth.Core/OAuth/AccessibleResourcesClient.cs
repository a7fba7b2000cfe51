using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Http;
using Newtonsoft.Json.Linq;

namespace JiraAuth.Core.OAuth
{
    /// <summary>GET {gateway}/oauth/token/accessible-resources: the sites an access token can reach.</summary>
    internal static class AccessibleResourcesClient
    {
        internal static async Task<IReadOnlyList<AccessibleSite>> GetAsync(Uri gateway, IAccessTokenSource tokens, TransportSettings transport,
            RetryOptions retry, CancellationToken cancellationToken)
        {
            transport.RequireHttps(gateway, "the access token");
            var options = HttpTransportFactory.Options(gateway, transport, retry);
            options.TokenSource = tokens;
            using (var client = new JiraClient(options))
            {
                var response = await client.SendAsync(new JiraRequest(HttpMethod.Get, "/oauth/token/accessible-resources"),
                    cancellationToken).ConfigureAwait(false);
                if (!(response.Json is JArray sites)) throw new JiraApiException("accessible-resources did not return a list of sites.",
                    new JiraApiFailure(response.StatusCode, "GET", response.RequestUri)).With(RemedyKind.CheckGatewayUri);
                return sites.OfType<JObject>()
                    .Select(s => new AccessibleSite((string)s["id"], (string)s["url"], (string)s["name"],
                        (s["scopes"] as JArray)?.Select(t => (string)t).ToArray()))
                    .Where(s => !string.IsNullOrEmpty(s.CloudId))
                    .ToList();
            }
        }
    }
}
