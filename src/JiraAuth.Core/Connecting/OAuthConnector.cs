using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Sites;
using JiraAuth.Core.Storage;
using JiraAuth.Core.Http;
using JiraAuth.Core.OAuth;

namespace JiraAuth.Core.Connecting
{
    /// <summary>
    /// Turns OAuth material into connections. Service accounts: Cloud when the site reports a cloudId (or one is given),
    /// Data Center otherwise. 3LO: the consent's grant, the site picked from accessible-resources, a rotation for the
    /// refresh token. Validation is the usual /myself check, through the connection's own token source.
    /// </summary>
    internal sealed class OAuthConnector
    {
        private readonly CloudIdResolver _cloudIds;

        public OAuthConnector(CloudIdResolver cloudIds = null)
        {
            _cloudIds = cloudIds ?? CloudIdResolver.Shared;
        }

        /// <summary>A token client for <paramref name="endpoint"/> that travels and retries as the connection does.</summary>
        public static OAuthTokenClient TokenClient(OAuthTokenEndpoint endpoint, OAuthClientCredential client, ConnectionSettings settings) =>
            new OAuthTokenClient(endpoint, client, settings.Transport, settings.Retry);

        /// <param name="settings">Site and/or CloudId, endpoints, transport; Credential stays null.</param>
        public async Task<ConnectResult> ConnectServiceAccountAsync(string name, ConnectionSettings settings, OAuthClientCredential client,
            IReadOnlyList<string> scopes, bool validate, CancellationToken cancellationToken)
        {
            if (settings.Site == null && string.IsNullOrEmpty(settings.CloudId))
            {
                throw new ArgumentException("A service account connection needs the site or its cloudId.", nameof(settings)).With(RemedyKind.NameSiteOrCloudId);
            }
            var cloudId = settings.CloudId;
            var cloud = !string.IsNullOrEmpty(cloudId) || settings.Site.Deployment == DeploymentType.Cloud;
            if (string.IsNullOrEmpty(cloudId) && settings.Site.Deployment != DeploymentType.DataCenter)
            {
                try
                {
                    cloudId = await _cloudIds.GetCloudIdAsync(settings.Site, settings.Transport, cancellationToken).ConfigureAwait(false);
                    cloud = true;
                }
                catch (CloudIdNotFoundException) when (!cloud)
                {
                    // No tenant_info: a Data Center site, whose own OAuth provider issues the token.
                }
            }
            var endpoint = cloud ? OAuthTokenEndpoint.ForCloud(settings.Endpoints.Auth) : OAuthTokenEndpoint.ForDataCenter(settings.Site);
            var session = OAuthSession.ForClientCredentials(TokenClient(endpoint, client, settings), scopes);
            try
            {
                var site = settings.Site ?? await SiteOfAsync(settings, cloudId, session, cancellationToken).ConfigureAwait(false);
                var connected = new ConnectionSettings(settings)
                {
                    Site = site,
                    CloudId = cloudId,
                    OAuth = session,
                    AuthMode = AuthMode.OAuthClientCredentials,
                    Credential = null,
                };
                return await new JiraConnector(_cloudIds).ConnectAsync(name, connected, validate, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                session.Dispose();
                throw;
            }
        }

        /// <summary>The site of <paramref name="cloudId"/>, from the sites the service account's token reaches.</summary>
        private static async Task<JiraSite> SiteOfAsync(ConnectionSettings settings, string cloudId, IAccessTokenSource tokens,
            CancellationToken cancellationToken)
        {
            var sites = await AccessibleResourcesClient.GetAsync(settings.Endpoints.Gateway, tokens, settings.Transport, settings.Retry, cancellationToken)
                .ConfigureAwait(false);
            var match = sites.FirstOrDefault(s => string.Equals(s.CloudId, cloudId, StringComparison.OrdinalIgnoreCase))
                ?? throw new ArgumentException($"The service account cannot reach a site with cloudId {cloudId}.").With(RemedyKind.NameSiteInstead);
            return JiraSite.Parse(match.Url, settings.AllowUnencryptedAuthentication);
        }

        /// <summary>Exchanges the code from the consent redirect; the caller then picks a site and calls <see cref="ConnectUserAsync"/>.</summary>
        public static async Task<OAuthGrant> ExchangeCodeAsync(OAuthTokenClient tokenClient, SecretText code, Uri redirectUri,
            CancellationToken cancellationToken)
        {
            var grant = await tokenClient.ExchangeCodeAsync(code, redirectUri, cancellationToken).ConfigureAwait(false);
            if (grant.RefreshToken == null)
            {
                throw new OAuthTokenException(OAuthErrorReason.ScopeNotAllowed,
                    "The sign-in returned no refresh token, so the connection would end within the hour.",
                    new Remedy(RemedyKind.OAuthEnableOfflineAccess));
            }
            return grant;
        }

        /// <summary>The sites the signed-in token reaches.</summary>
        public static Task<IReadOnlyList<AccessibleSite>> SitesAsync(ConnectionSettings settings, OAuthGrant grant, CancellationToken cancellationToken) =>
            AccessibleResourcesClient.GetAsync(settings.Endpoints.Gateway, new FixedTokenSource(grant.ToAccessToken()), settings.Transport, settings.Retry,
                cancellationToken);

        /// <summary>A 3LO connection to <paramref name="site"/> from a fresh sign-in or a saved record's rotation.</summary>
        public async Task<ConnectResult> ConnectUserAsync(string name, ConnectionSettings settings, OAuthTokenClient tokenClient, RefreshTokenRotation rotation,
            OAuthGrant signInGrant, string signInCommand, bool validate, CancellationToken cancellationToken)
        {
            var scopes = rotation.Snapshot().Scopes ?? new string[0];
            var session = OAuthSession.ForUser(tokenClient, scopes, rotation, signInGrant, signInCommand);
            try
            {
                var connected = new ConnectionSettings(settings) { OAuth = session, AuthMode = AuthMode.OAuth3LO, Credential = null };
                return await new JiraConnector(_cloudIds).ConnectAsync(name, connected, validate, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                session.Dispose();
                throw;
            }
        }

        /// <summary>The record a 3LO or service-account connection saves: the client secret and refresh token are its secrets.</summary>
        public static ConnectionRecord RecordFor(
            string name,
            ConnectionSettings settings,
            OAuthClientCredential client,
            IReadOnlyList<string> scopes,
            SecretText refreshToken,
            AuthMode mode) => ConnectionRecordMapper.WithTransport(new ConnectionRecord
            {
                Name = name,
                Site = settings.Site?.ToString(),
                AuthMode = mode,
                Secret = client.ClientSecret,
                ClientId = client.ClientId,
                RefreshToken = refreshToken,
                Scopes = scopes?.ToArray(),
                CloudId = settings.CloudId,
                ExpiresOn = settings.ExpiresOn,
            }, settings);
    }
}
