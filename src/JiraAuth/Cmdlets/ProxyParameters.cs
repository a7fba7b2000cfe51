using System;
using System.Management.Automation;
using JiraAuth.Core.Http;
using JiraAuth.Input;


namespace JiraAuth.Cmdlets
{
    /// <summary>-Proxy, -ProxyCredential and -ProxyUseDefaultCredentials as one <see cref="ProxySettings"/> (null: the system proxy).</summary>
    internal static class ProxyParameters
    {
        public static ProxySettings ToSettings(Uri proxy, PSCredential credential, bool useDefaultCredentials)
        {
            if (credential != null && useDefaultCredentials)
            {
                throw new ArgumentException("Use either -ProxyCredential or -ProxyUseDefaultCredentials, not both.");
            }
            if (proxy != null && (!proxy.IsAbsoluteUri || (proxy.Scheme != Uri.UriSchemeHttp && proxy.Scheme != Uri.UriSchemeHttps)))
            {
                throw new ArgumentException($"-Proxy must be an http:// or https:// address such as http://proxy.corp.example:3128, not '{proxy}'.");
            }
            var settings = new ProxySettings
            {
                Address = proxy,
                UserName = credential?.UserName,
                Password = credential == null ? null : CredentialFactory.Secret(credential.Password),
                UseDefaultCredentials = useDefaultCredentials,
            };
            return settings.IsCustom ? settings : null;
        }
    }
}
