using System;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Http;
using JiraAuth.Core.Sites;

namespace JiraAuth.Core.Connections
{
    /// <summary>Where a mode sends requests and which REST version it speaks: the site (v3 Cloud, v2 Data Center) or the gateway.</summary>
    internal sealed class ConnectionTarget
    {
        private ConnectionTarget(AuthMode mode, Uri apiBaseUri, string apiVersion, DeploymentType deployment)
        {
            Mode = mode;
            ApiBaseUri = apiBaseUri;
            ApiVersion = apiVersion;
            Deployment = deployment;
        }

        public AuthMode Mode { get; }
        public Uri ApiBaseUri { get; }
        public string ApiVersion { get; }
        public DeploymentType Deployment { get; }

        public static ConnectionTarget For(ConnectionSettings settings, AuthMode mode, string cloudId)
        {
            switch (mode)
            {
                case AuthMode.ApiToken:
                    return new ConnectionTarget(mode, settings.Site.BaseUri, "3", DeploymentType.Cloud);
                case AuthMode.ScopedApiToken:
                    if (string.IsNullOrEmpty(cloudId)) throw new ArgumentException("A cloudId is required for scoped API tokens.", nameof(cloudId));
                    return new ConnectionTarget(mode, settings.Endpoints.JiraGatewayBase(cloudId), "3", DeploymentType.Cloud);
                case AuthMode.PersonalAccessToken:
                case AuthMode.Password:
                    return new ConnectionTarget(mode, settings.Site.BaseUri, "2", DeploymentType.DataCenter);
                case AuthMode.OAuth3LO:
                case AuthMode.OAuthClientCredentials:
                    // Cloud OAuth tokens work only through the gateway; a Data Center service account calls its site.
                    if (!string.IsNullOrEmpty(cloudId)) return new ConnectionTarget(mode, settings.Endpoints.JiraGatewayBase(cloudId), "3",
                        DeploymentType.Cloud);
                    if (mode == AuthMode.OAuth3LO) throw new ArgumentException("A cloudId is required for OAuth 2.0 (3LO).", nameof(cloudId));
                    return new ConnectionTarget(mode, settings.Site.BaseUri, "2", DeploymentType.DataCenter);
                default:
                    throw new ArgumentException("Resolve AuthMode.Auto before choosing a target.", nameof(mode));
            }
        }

        private bool IsOAuth => Mode == AuthMode.OAuth3LO || Mode == AuthMode.OAuthClientCredentials;

        public JiraClientOptions ClientOptions(ConnectionSettings settings)
        {
            if (ApiBaseUri.Scheme != Uri.UriSchemeHttps && !settings.AllowUnencryptedAuthentication)
            {
                throw new ArgumentException($"{SafeUri.Origin(ApiBaseUri)} is not https: credentials would travel unencrypted.")
                    .With(RemedyKind.UseHttpsEndpoint);
            }
            return new JiraClientOptions
            {
                ApiBaseUri = ApiBaseUri,
                DefaultApiVersion = ApiVersion,
                Authorization = IsOAuth ? null : AuthorizationHeaderFactory.Create(Mode, settings.Credential),
                TokenSource = IsOAuth ? settings.OAuth ?? throw new ArgumentException("An OAuth connection needs its OAuth session.", nameof(settings)) : null,
                Timeout = settings.Timeout,
                Retry = settings.Retry,
                Transport = settings.TransportFactory?.Invoke(),
                Proxy = settings.Proxy,
            };
        }
    }
}
