using System;
using System.Collections.Generic;
using System.Linq;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Errors;
using JiraAuth.Core.OAuth;
using JiraAuth.Core.Sites;
using JiraAuth.Core.Storage;
using JiraAuth.Vault;
using JiraAuth.Core.Connecting;
using JiraAuth.Observing;

namespace JiraAuth.OAuth
{
    /// <summary>The strategies of Connect-JiraCloud that need the module: a 3LO sign-in (browser, pasted redirect) and a saved record (its vault).</summary>
    internal static class OAuthConnectRequests
    {
        /// <summary>How long a person has to finish the consent in the browser.</summary>
        public static readonly TimeSpan SignInTimeout = TimeSpan.FromMinutes(5);

        /// <summary>A saved record's strategy: a 3LO record rotates its refresh token through the vault it came from.</summary>
        public static IConnectStrategy ForSaved(ConnectionRecord record, ConnectionSettings settings, string name, string vault)
        {
            if (!AuthModeProfile.For(record.AuthMode).RotatesRefreshToken) return new SavedRecordStrategy(record, settings, null, null);
            var tokenVault = new SecretManagementTokenVault(name, vault);
            var rotation = Reporting(new RefreshTokenRotation(record, tokenVault, tokenVault.LockKey));
            var signIn = SignInCommand.For(record.ClientId, record.Scopes, record.Site, name, vault, settings.Endpoints);
            return new SavedRecordStrategy(record, settings, rotation, signIn);
        }

        /// <summary>
        /// The interactive part of a 3LO sign-in, done now: consent in the browser (loopback redirect) or by pasting the
        /// redirect URL, the code exchange, and the site choice. The returned strategy connects with the new grant.
        /// </summary>
        public static IConnectStrategy SignIn(ISignInHost host, string name, ConnectionSettings settings, OAuthClientCredential client,
            IReadOnlyList<string> scopes,
            string requestedSite, Uri redirectUri, bool noBrowser, string vault)
        {
            var signInOnce = Remedy.SignInInteractivelyOnce(SignInCommand.For(client.ClientId, scopes, requestedSite, name, vault, settings.Endpoints), name);
            if (host.IsNonInteractive)
            {
                throw new InteractiveSignInRequiredException(
                    "A 3LO sign-in needs a person at the keyboard, and this PowerShell host is non-interactive, so no sign-in was started.", signInOnce);
            }
            var authorization = new AuthorizationRequest(client.ClientId, scopes, redirectUri);
            var redirected = ReceiveRedirect(host, authorization, settings.Endpoints.Auth, noBrowser, signInOnce);
            var code = AuthorizationCallback.ReadCode(redirected, authorization);

            var tokenClient = OAuthConnector.TokenClient(OAuthTokenEndpoint.ForCloud(settings.Endpoints.Auth), client, settings);
            try
            {
                var grant = host.Wait(ct => OAuthConnector.ExchangeCodeAsync(tokenClient, code, authorization.RedirectUri, ct));
                var sites = host.Wait(ct => OAuthConnector.SitesAsync(settings, grant, ct));
                var site = ChooseSite(host, sites, requestedSite, settings.AllowUnencryptedAuthentication);
                var chosen = new ConnectionSettings(settings)
                {
                    Site = JiraSite.Parse(site.Url, settings.AllowUnencryptedAuthentication),
                    CloudId = site.CloudId,
                };
                var record = OAuthConnector.RecordFor(name, chosen, client, authorization.Scopes.Where(s => s != AuthorizationRequest.OfflineAccess).ToList(),
                    grant.RefreshToken, AuthMode.OAuth3LO);
                var rotation = Reporting(new RefreshTokenRotation(record, null, null));
                var exact = SignInCommand.For(client.ClientId, scopes, chosen.Site.ToString(), name, vault, chosen.Endpoints);
                return new SignInStrategy(chosen, tokenClient, rotation, grant, exact);
            }
            catch
            {
                tokenClient.Dispose();
                throw;
            }
        }

        private static string ReceiveRedirect(ISignInHost host, AuthorizationRequest authorization, Uri authUri, bool noBrowser, Remedy signInOnce)
        {
            var url = authorization.BuildUri(authUri);
            if (noBrowser || !BrowserLauncher.CanOpen || !LoopbackRedirectListener.CanListenOn(authorization.RedirectUri))
            {
                host.Tell("Open this address in a browser, sign in and choose Accept:");
                host.Tell(url.AbsoluteUri);
                var expected = authorization.RedirectUri.GetLeftPart(UriPartial.Path);
                var pasted = host.Ask("Paste the address the browser ended on (it starts with " + expected + ")");
                if (pasted == null)
                {
                    // Standard input was a pipe or file that ended (or was never written to): say what it had to hold.
                    throw new InteractiveSignInRequiredException(
                        "The input ended before the address the browser ended on was read, so no sign-in was made. Standard input must hold "
                            + "one line starting with " + expected + ": the address a browser ends on after the link above is opened, "
                            + "signed in and accepted.", signInOnce);
                }
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

        internal static AccessibleSite ChooseSite(ISignInHost host, IReadOnlyList<AccessibleSite> sites, string requested, bool allowUnencrypted)
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
            // From a pipe the console host's choice prompt fails at the end of the input with a NullReferenceException; -Site is the clear way.
            if (host.IsNonInteractive || host.InputIsRedirected)
            {
                throw new ArgumentException("The sign-in reaches several sites: " + Describe(sites) + ". Pass one with -Site.");
            }
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
