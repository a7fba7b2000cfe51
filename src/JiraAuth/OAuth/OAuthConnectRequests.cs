using System;
using System.Collections.Generic;
using System.Linq;
using JiraAuth.Connecting;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Errors;
using JiraAuth.Core.OAuth;
using JiraAuth.Core.Sites;
using JiraAuth.Core.Storage;
using JiraAuth.Infrastructure;
using JiraAuth.Vault;

namespace JiraAuth.OAuth
{
    /// <summary>Builds Connect-JiraCloud's requests for service accounts, 3LO sign-ins and saved OAuth connections.</summary>
    internal static class OAuthConnectRequests
    {
        /// <summary>How long a person has to finish the consent in the browser.</summary>
        public static readonly TimeSpan SignInTimeout = TimeSpan.FromMinutes(5);

        public static ConnectRequest ForServiceAccount(string name, ConnectionSettings settings, OAuthClientCredential client, IReadOnlyList<string> scopes)
        {
            var request = new ConnectRequest(name, settings);
            request.Connector = ct => new OAuthConnector().ConnectServiceAccountAsync(request.Name, settings, client, scopes, request.Validate, ct);
            return request;
        }

        /// <summary>A saved OAuth record: a 3LO record rotates its refresh token through the vault it came from.</summary>
        public static void ForSaved(ConnectRequest request, ConnectionRecord record)
        {
            var settings = request.Settings;
            var client = new OAuthClientCredential(record.ClientId, record.Secret);
            if (record.AuthMode == AuthMode.OAuthClientCredentials)
            {
                request.Connector = ct => new OAuthConnector().ConnectServiceAccountAsync(request.Name, settings, client, record.Scopes, request.Validate, ct);
                return;
            }
            var tokenVault = new SecretManagementTokenVault(request.Name, request.Vault);
            var rotation = Reporting(new RefreshTokenRotation(record, tokenVault, tokenVault.LockKey));
            var signIn = SignInCommand.For(record.ClientId, record.Scopes, record.Site, request.Name, request.Vault, settings.Endpoints);
            request.Connector = ct =>
            {
                var tokenClient = new OAuthTokenClient(OAuthTokenEndpoint.ForCloud(settings.Endpoints), client, settings.Timeout,
                    settings.AllowUnencryptedAuthentication, settings.TransportFactory?.Invoke(), proxy: settings.Proxy);
                return new OAuthConnector().ConnectUserAsync(request.Name, settings, tokenClient, rotation, null, signIn, request.Validate, ct);
            };
        }

        /// <summary>
        /// The interactive part of a 3LO sign-in, done now: consent in the browser (loopback redirect) or by pasting the
        /// redirect URL, the code exchange, and the site choice. The returned request connects with the new grant.
        /// </summary>
        public static ConnectRequest SignIn(ISignInHost host, string name, ConnectionSettings settings, OAuthClientCredential client,
            IReadOnlyList<string> scopes,
            string requestedSite, Uri redirectUri, bool noBrowser, string vault)
        {
            var command = SignInCommand.For(client.ClientId, scopes, requestedSite, name, vault, settings.Endpoints);
            if (host.IsNonInteractive)
            {
                throw new InteractiveSignInRequiredException(
                    "A 3LO sign-in needs a person at the keyboard, and this PowerShell host is non-interactive, so no sign-in was started.",
                    Remedy.SignInInteractivelyOnce(command, name));
            }
            var authorization = new AuthorizationRequest(client.ClientId, scopes, redirectUri);
            var redirected = ReceiveRedirect(host, authorization, settings.Endpoints.Auth, noBrowser);
            var code = AuthorizationCallback.ReadCode(redirected, authorization);

            var tokenClient = new OAuthTokenClient(OAuthTokenEndpoint.ForCloud(settings.Endpoints), client, settings.Timeout,
                settings.AllowUnencryptedAuthentication, settings.TransportFactory?.Invoke(), proxy: settings.Proxy);
            try
            {
                var grant = host.Wait(ct => OAuthConnector.ExchangeCodeAsync(tokenClient, code, authorization.RedirectUri, ct));
                var sites = host.Wait(ct => OAuthConnector.SitesAsync(settings, grant, ct));
                var site = ChooseSite(host, sites, requestedSite, settings.AllowUnencryptedAuthentication);
                settings.Site = JiraSite.Parse(site.Url, settings.AllowUnencryptedAuthentication);
                settings.CloudId = site.CloudId;
                var record = OAuthConnector.RecordFor(name, settings, client, authorization.Scopes.Where(s => s != AuthorizationRequest.OfflineAccess).ToList(),
                    grant.RefreshToken, AuthMode.OAuth3LO);
                var rotation = Reporting(new RefreshTokenRotation(record, null, null));
                var request = new ConnectRequest(name, settings) { Vault = vault };
                var exact = SignInCommand.For(client.ClientId, scopes, settings.Site.ToString(), name, vault, settings.Endpoints);
                request.Connector = ct =>
                    new OAuthConnector().ConnectUserAsync(request.Name, settings, tokenClient, rotation, grant, exact, request.Validate, ct);
                return request;
            }
            catch
            {
                tokenClient.Dispose();
                throw;
            }
        }

        private static string ReceiveRedirect(ISignInHost host, AuthorizationRequest authorization, Uri authUri, bool noBrowser)
        {
            var url = authorization.BuildUri(authUri);
            if (noBrowser || !BrowserLauncher.CanOpen || !LoopbackRedirectListener.CanListenOn(authorization.RedirectUri))
            {
                host.Tell("Open this address in a browser, sign in and choose Accept:");
                host.Tell(url.AbsoluteUri);
                var pasted = host.Ask("Paste the address the browser ended on (it starts with " + authorization.RedirectUri.GetLeftPart(UriPartial.Path) + ")");
                if (string.IsNullOrWhiteSpace(pasted))
                {
                    throw new ArgumentException("Nothing was pasted, so the sign-in was cancelled. "
                        + "Run the command again and paste the whole address the browser ended on.");
                }
                return pasted;
            }
            using (var listener = LoopbackRedirectListener.Start(authorization.RedirectUri))
            {
                host.Tell("Sign in and choose Accept in the browser. If no browser opened, open this address:");
                host.Tell(url.AbsoluteUri);
                var failure = BrowserLauncher.TryOpen(url);
                if (failure != null) host.WriteWarning("The browser could not be started (" + failure
                    + "); open the address above yourself, or run again with -NoBrowser.");
                return host.Wait(ct => listener.WaitAsync(SignInTimeout, ct));
            }
        }

        private static AccessibleSite ChooseSite(ISignInHost host, IReadOnlyList<AccessibleSite> sites, string requested, bool allowUnencrypted)
        {
            if (sites.Count == 0)
            {
                throw new ArgumentException("The sign-in grants access to no Jira site: "
                    + "sign in with an account that uses Jira, and grant the app access to a site on the consent screen.");
            }
            if (!string.IsNullOrWhiteSpace(requested))
            {
                var wanted = JiraSite.Parse(requested, allowUnencrypted);
                var match = sites.FirstOrDefault(s => JiraSite.TryParse(s.Url, allowUnencrypted, out var site, out _) && site.Equals(wanted));
                return match ?? throw new ArgumentException($"The sign-in does not reach {wanted}; it reaches: {Describe(sites)}. "
                    + $"Pass one of these with -Site, or grant the app access to {wanted} on the consent screen.");
            }
            if (sites.Count == 1) return sites[0];
            if (host.IsNonInteractive) throw new ArgumentException("The sign-in reaches several sites: " + Describe(sites) + ". Pass one with -Site.");
            var index = host.Choose("Jira site", "The sign-in reaches several sites. Which one should this connection use?", sites.Select(s => s.Url).ToList());
            return sites[index];
        }

        private static string Describe(IReadOnlyList<AccessibleSite> sites) => string.Join(", ", sites.Select(s => s.Url + " (" + s.Name + ")"));

        /// <summary>A refresh token that could not be saved is reported by whichever cmdlet's call caused the refresh.</summary>
        private static RefreshTokenRotation Reporting(RefreshTokenRotation rotation)
        {
            rotation.SaveFailed += CallObservers.PublishRefreshTokenNotSaved;
            return rotation;
        }
    }
}
