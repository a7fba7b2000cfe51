using System;
using System.Collections.Concurrent;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Http;
using JiraAuth.Core.Sites;
using Newtonsoft.Json.Linq;

namespace JiraAuth.Core.Connections
{
    /// <summary>Finds a Cloud site's cloudId from {site}/_edge/tenant_info, which needs no credentials (none are sent), and caches it per site.</summary>
    internal sealed class CloudIdResolver
    {
        public static readonly CloudIdResolver Shared = new CloudIdResolver();

        private readonly ConcurrentDictionary<string, string> _cache = new ConcurrentDictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        public bool TryGetCached(JiraSite site, out string cloudId) => _cache.TryGetValue(site.ToString(), out cloudId);

        public async Task<string> GetCloudIdAsync(JiraSite site, TransportSettings transport, CancellationToken cancellationToken)
        {
            if (site == null) throw new ArgumentNullException(nameof(site));
            if (_cache.TryGetValue(site.ToString(), out var cached)) return cached;

            var origin = new Uri(site.BaseUri.GetLeftPart(UriPartial.Authority));
            var retry = new RetryOptions { MaxRetries = 1, InitialDelay = TimeSpan.FromMilliseconds(500) };
            JiraResponse response;
            using (var client = HttpTransportFactory.Anonymous(origin, transport, retry))
            {
                response = await client.SendAsync(new JiraRequest(HttpMethod.Get, "/_edge/tenant_info") { SkipHttpErrorCheck = true },
                    cancellationToken).ConfigureAwait(false);
            }

            var cloudId = (response.IsSuccess && response.Json is JObject body) ? (string)body["cloudId"] : null;
            if (string.IsNullOrWhiteSpace(cloudId) || !Guid.TryParse(cloudId, out _))
            {
                throw new CloudIdNotFoundException(site, response.StatusCode,
                    $"{site} did not report a cloudId (HTTP {response.StatusCode} from /_edge/tenant_info). " +
                    "It may not be a Jira Cloud site, or the name is misspelt.").With(RemedyKind.CloudIdNotReported);
            }
            _cache[site.ToString()] = cloudId;
            return cloudId;
        }
    }
}
