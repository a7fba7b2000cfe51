using System;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Http;
using JiraAuth.Core.Sites;

namespace JiraAuth.Core.Connections
{
    /// <summary>Where a mode sends requests and which REST version it speaks, as <see cref="AuthModeProfile"/> says: the site or the gateway.</summary>
    internal sealed class ConnectionTarget
    {
        private ConnectionTarget(AuthModeProfile profile, Uri apiBaseUri, DeploymentType deployment)
        {
            Profile = profile;
            ApiBaseUri = apiBaseUri;
            Deployment = deployment;
        }

        public AuthMode Mode => Profile.Mode;
        public Uri ApiBaseUri { get; }
        public string ApiVersion => AuthModeProfile.ApiVersionFor(Deployment);
        public DeploymentType Deployment { get; }

        private AuthModeProfile Profile { get; }

        public static ConnectionTarget For(ConnectionSettings settings, AuthMode mode, string cloudId)
        {
            var profile = AuthModeProfile.For(mode);
            if (!profile.IsConcrete) throw new ArgumentException("Resolve AuthMode.Auto before choosing a target.", nameof(mode));
            var hasCloudId = !string.IsNullOrEmpty(cloudId);
            // Cloud OAuth tokens and scoped API tokens work only through the gateway; a Data Center service account calls its site.
            if (profile.Route == AuthModeRoute.Gateway && !hasCloudId)
            {
                throw new ArgumentException("A cloudId is required for " + profile.CloudIdNeededFor + ".", nameof(cloudId));
            }
            if (profile.Route == AuthModeRoute.Gateway || (profile.Route == AuthModeRoute.GatewayWhenCloud && hasCloudId))
            {
                return new ConnectionTarget(profile, settings.Endpoints.JiraGatewayBase(cloudId), DeploymentType.Cloud);
            }
            return new ConnectionTarget(profile, settings.Site.BaseUri, profile.Deployment);
        }

        public JiraClientOptions ClientOptions(ConnectionSettings settings)
        {
            settings.Transport.RequireHttps(ApiBaseUri, "credentials");
            var options = HttpTransportFactory.Options(ApiBaseUri, settings.Transport, settings.Retry);
            options.DefaultApiVersion = ApiVersion;
            if (Profile.IsOAuth)
            {
                options.TokenSource = settings.OAuth ?? throw new ArgumentException("An OAuth connection needs its OAuth session.", nameof(settings));
            }
            else options.Authorization = AuthorizationHeaderFactory.Create(Mode, settings.Credential);
            return options;
        }
    }
}
