using System;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Http;
using JiraAuth.Core.OAuth;

namespace JiraAuth.Core.Diagnosis
{
    /// <summary>
    /// Tests a credential against /myself and settles the auth mode. At most two credentialed attempts, and never a
    /// repeat of a rejected one: every failed Basic login counts towards Jira's CAPTCHA lockout.
    /// </summary>
    internal sealed class CredentialProbe
    {
        private readonly CloudIdResolver _cloudIds;

        public CredentialProbe(CloudIdResolver cloudIds = null)
        {
            _cloudIds = cloudIds ?? CloudIdResolver.Shared;
        }

        public async Task<TokenDiagnosis> ProbeAsync(ConnectionSettings settings, CancellationToken cancellationToken)
        {
            if (settings?.Site == null) throw new ArgumentException("A site is required.", nameof(settings));
            if (settings.Credential == null && settings.OAuth == null) throw new ArgumentException("A credential is required.", nameof(settings));
            var stopwatch = Stopwatch.StartNew();
            var diagnosis = await ProbeByModeAsync(settings, cancellationToken).ConfigureAwait(false);
            diagnosis.Elapsed = stopwatch.Elapsed;
            diagnosis.Site = settings.Site;
            diagnosis.UserName = settings.Credential?.UserName ?? settings.OAuth?.ClientId;
            diagnosis.ExpiresOn = settings.ExpiresOn;
            return diagnosis;
        }

        private async Task<TokenDiagnosis> ProbeByModeAsync(ConnectionSettings settings, CancellationToken ct)
        {
            var mode = AutoModeResolver.ForProbe(settings.AuthMode, settings.Credential?.UserName);
            // The OAuth strategy has settled the cloudId (or Data Center) before; there is nothing to try in turn.
            if (AuthModeProfile.For(mode).IsOAuth) return await AttemptAsync(settings, mode, settings.CloudId, ct).ConfigureAwait(false);
            switch (mode)
            {
                case AuthMode.ApiToken:
                {
                    var site = await AttemptAsync(settings, AuthMode.ApiToken, null, ct).ConfigureAwait(false);
                    if (!IsPlainRejection(site)) return site;
                    var (gateway, _) = await TryGatewayAsync(settings, ct).ConfigureAwait(false);
                    if (gateway != null && gateway.IsValid)
                    {
                        return Relabel(site, TokenStatus.ScopedTokenSentToSite,
                            "The site rejected the token, but api.atlassian.com accepted it: it is a scoped API token.", gateway.CloudId);
                    }
                    return site;
                }
                case AuthMode.ScopedApiToken:
                {
                    var (gateway, cloudIdFailure) = await TryGatewayAsync(settings, ct).ConfigureAwait(false);
                    if (gateway == null) return cloudIdFailure;
                    if (!IsPlainRejection(gateway)) return gateway;
                    var site = await AttemptAsync(settings, AuthMode.ApiToken, null, ct).ConfigureAwait(false);
                    if (site.IsValid)
                    {
                        return Relabel(gateway, TokenStatus.ClassicTokenSentToGateway,
                            "api.atlassian.com rejected the token, but the site accepted it: it is a classic (unscoped) API token.", gateway.CloudId);
                    }
                    return gateway;
                }
                case AuthMode.PersonalAccessToken:
                case AuthMode.Password:
                    return await AttemptAsync(settings, mode, null, ct).ConfigureAwait(false);
                default:
                {
                    // Auto: the site first (classic tokens), then the gateway (scoped tokens).
                    var site = await AttemptAsync(settings, AuthMode.ApiToken, null, ct).ConfigureAwait(false);
                    if (!IsPlainRejection(site)) return site;
                    var (gateway, _) = await TryGatewayAsync(settings, ct).ConfigureAwait(false);
                    if (gateway == null) return site;
                    if (gateway.IsValid || gateway.Reason == TokenStatus.ScopeMissing) return gateway;
                    site.Message = "Jira rejected the token both at the site and at api.atlassian.com (HTTP 401): "
                        + "it is wrong, expired or revoked, or belongs to another e-mail.";
                    return site;
                }
            }
        }

        private static bool IsPlainRejection(TokenDiagnosis d) => d.Reason == TokenStatus.InvalidOrExpired && d.StatusCode == 401;

        /// <returns>The gateway's verdict, or (when the cloudId could not be found) null and why not, so no lookup is repeated to learn it.</returns>
        private async Task<(TokenDiagnosis Gateway, TokenDiagnosis CloudIdFailure)> TryGatewayAsync(ConnectionSettings settings, CancellationToken ct)
        {
            string cloudId;
            try
            {
                cloudId = settings.CloudId
                    ?? await _cloudIds.GetCloudIdAsync(settings.Site, settings.Transport, ct).ConfigureAwait(false);
            }
            catch (CloudIdNotFoundException e)
            {
                return (null, new TokenDiagnosis { Reason = TokenStatus.SiteNotFound, Message = e.Message, Remedy = Remedies.Of(e),
                    StatusCode = e.StatusCode, AuthMode = AuthMode.ScopedApiToken });
            }
            catch (Exception e) when (e is HttpRequestException || e is TimeoutException)
            {
                var outcome = TransportFailureClassifier.Classify(e, settings.Site.BaseUri);
                return (null, new TokenDiagnosis { Reason = outcome.Status, Message = outcome.Message, Detail = outcome.Detail,
                    AuthMode = AuthMode.ScopedApiToken });
            }
            return (await AttemptAsync(settings, AuthMode.ScopedApiToken, cloudId, ct).ConfigureAwait(false), null);
        }

        private static async Task<TokenDiagnosis> AttemptAsync(ConnectionSettings settings, AuthMode mode, string cloudId, CancellationToken ct)
        {
            var target = ConnectionTarget.For(settings, mode, cloudId);
            ProbeOutcome outcome;
            try
            {
                var options = target.ClientOptions(settings);
                options.Retry = LoginRetry(settings.Retry ?? new RetryOptions(), mode);
                using (var client = new JiraClient(options))
                {
                    var response = await client.SendAsync(new JiraRequest(HttpMethod.Get,
                        "/rest/api/" + target.ApiVersion + "/myself") { SkipHttpErrorCheck = true }, ct).ConfigureAwait(false);
                    outcome = MyselfResponseClassifier.Classify(response);
                }
            }
            catch (Exception e) when (e is HttpRequestException || e is TimeoutException)
            {
                outcome = TransportFailureClassifier.Classify(e, target.ApiBaseUri);
            }
            catch (Exception e) when (e is OAuthTokenException || e is StaleVaultException)
            {
                var failure = OAuthFailureDiagnosis.From(e);
                failure.AuthMode = mode;
                failure.ApiBaseUri = target.ApiBaseUri;
                failure.CloudId = cloudId;
                return failure;
            }
            return new TokenDiagnosis
            {
                Reason = outcome.Status,
                Message = outcome.Message,
                Detail = outcome.Detail,
                StatusCode = outcome.StatusCode,
                Account = outcome.Account,
                AuthMode = mode,
                ApiBaseUri = target.ApiBaseUri,
                CloudId = cloudId,
            };
        }

        /// <summary>
        /// Consecutive failed Basic logins (API tokens, Data Center passwords) lead to the CAPTCHA lockout
        /// (https://developer.atlassian.com/server/jira/platform/jira-rest-api-example-basic-authentication-6291732/), and a
        /// connection that broke may have delivered one, so a Basic check is repeated only when the server asks. A Bearer
        /// token (OAuth, a Data Center PAT) is no login to lock out: its check rides out a reset or a timeout like any GET,
        /// which a scheduled task connecting through a flaky network needs.
        /// </summary>
        private static RetryOptions LoginRetry(RetryOptions retry, AuthMode mode) =>
            AuthModeProfile.For(mode).UsesBasic ? retry.ForLogin() : retry;

        private static TokenDiagnosis Relabel(TokenDiagnosis d, TokenStatus status, string message, string cloudId)
        {
            d.Reason = status;
            d.Message = message;
            d.Remedy = null;
            d.CloudId = cloudId ?? d.CloudId;
            return d;
        }
    }
}
