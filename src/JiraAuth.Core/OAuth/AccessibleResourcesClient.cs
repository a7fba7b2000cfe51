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
    public static class AccessibleResourcesClient
    {
        public static async Task<IReadOnlyList<AccessibleSite>> GetAsync(Uri gateway, IAccessTokenSource tokens, TimeSpan timeout, bool allowUnencrypted,
            Func<HttpMessageHandler> transportFactory, CancellationToken cancellationToken, ProxySettings proxy = null)
        {
            if (gateway.Scheme != Uri.UriSchemeHttps && !allowUnencrypted)
            {
                throw new ArgumentException($"{SafeUri.Origin(gateway)} is not https: the access token would travel unencrypted.")
                    .With(RemedyKind.UseHttpsEndpoint);
            }
            var options = new JiraClientOptions
            {
                ApiBaseUri = gateway,
                TokenSource = tokens,
                Timeout = timeout,
                Transport = transportFactory?.Invoke(),
                Proxy = proxy,
            };
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
