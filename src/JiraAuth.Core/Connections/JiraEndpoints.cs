using System;

namespace JiraAuth.Core.Connections
{
    /// <summary>Atlassian's shared hosts; overridable per connection for government cloud, proxies and tests.</summary>
    public sealed class JiraEndpoints
    {
        public static readonly Uri DefaultGateway = new Uri("https://api.atlassian.com");
        public static readonly Uri DefaultAuth = new Uri("https://auth.atlassian.com");

        public JiraEndpoints(Uri gateway = null, Uri auth = null)
        {
            Gateway = Normalize(gateway ?? DefaultGateway, "GatewayUri");
            Auth = Normalize(auth ?? DefaultAuth, "AuthUri");
        }

        public Uri Gateway { get; }
        public Uri Auth { get; }

        /// <summary>{gateway}/ex/jira/{cloudId}: where scoped tokens and OAuth access tokens are accepted.</summary>
        public Uri JiraGatewayBase(string cloudId) => new Uri(Gateway.ToString().TrimEnd('/') + "/ex/jira/" + Uri.EscapeDataString(cloudId));

        private static Uri Normalize(Uri uri, string parameter)
        {
            if (!uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                throw new ArgumentException($"-{parameter} must be an absolute http(s) URL such as https://api.atlassian.com.", parameter);
            }
            if (!string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            {
                throw new ArgumentException($"-{parameter} must not contain credentials, a query or a fragment.", parameter);
            }
            return new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/'));
        }
    }
}
