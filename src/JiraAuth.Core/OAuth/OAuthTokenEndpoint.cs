using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Sites;
using JiraAuth.Core.Errors;

namespace JiraAuth.Core.OAuth
{
    /// <summary>Where a connection's tokens come from: {AuthUri}/oauth/token (JSON) on Cloud, {site}/rest/oauth2/latest/token (form) on Data Center.</summary>
    internal sealed class OAuthTokenEndpoint
    {
        public OAuthTokenEndpoint(Uri tokenUri, TokenEndpointFormat format)
        {
            TokenUri = tokenUri ?? throw new ArgumentNullException(nameof(tokenUri));
            Format = format;
        }

        public Uri TokenUri { get; }
        public TokenEndpointFormat Format { get; }

        public static OAuthTokenEndpoint ForCloud(Uri authBase) =>
            new OAuthTokenEndpoint(new Uri(authBase.ToString().TrimEnd('/') + "/oauth/token"), TokenEndpointFormat.Json);

        public static OAuthTokenEndpoint ForDataCenter(JiraSite site) =>
            new OAuthTokenEndpoint(new Uri(site.BaseUri.ToString().TrimEnd('/') + "/rest/oauth2/latest/token"), TokenEndpointFormat.Form);

        internal HttpContent Encode(IList<KeyValuePair<string, string>> parameters)
        {
            if (Format == TokenEndpointFormat.Form) return new FormUrlEncodedContent(parameters);
            var json = new Newtonsoft.Json.Linq.JObject();
            foreach (var pair in parameters) json[pair.Key] = pair.Value;
            return new StringContent(json.ToString(Newtonsoft.Json.Formatting.None), Encoding.UTF8, "application/json");
        }

        public override string ToString() => SafeUri.Describe(TokenUri);
    }
}
