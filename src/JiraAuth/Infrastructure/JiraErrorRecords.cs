using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using JiraAuth.Connecting;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Http;
using JiraAuth.Core.OAuth;
using JiraAuth.Core.Json;
using JiraAuth.Core.Sites;
using JiraAuth.Vault;
using Newtonsoft.Json;

namespace JiraAuth.Infrastructure
{
    /// <summary>
    /// The one place that turns failures into ErrorRecords: a stable ErrorId, the exact category, a target that names
    /// the site or path (never a credential) and Jira's hint as the recommended action.
    /// </summary>
    internal static class JiraErrorRecords
    {
        public static ErrorRecord Create(Exception exception, string errorId, ErrorCategory category, object target, string recommendedAction = null)
        {
            var record = new ErrorRecord(exception, errorId, category, SafeTarget(target));
            if (!string.IsNullOrEmpty(recommendedAction))
            {
                record.ErrorDetails = new ErrorDetails(exception.Message) { RecommendedAction = recommendedAction };
            }
            return record;
        }

        /// <summary>
        /// What the user typed may carry a password ('https://admin:token@acme.atlassian.net', '-Path http://u:p@host/x'),
        /// and the target is shown in CategoryInfo, $Error and transcripts: only its user-info-free, query-free form is kept.
        /// </summary>
        private static object SafeTarget(object target)
        {
            switch (target)
            {
                case string text: return SafeUri.DescribeText(text);
                case Uri uri: return SafeUri.Strip(uri);
                default: return target;
            }
        }

        /// <summary>Classifies anything Core or the engine threw; <paramref name="target"/> is used when the exception does not name a better one.</summary>
        public static ErrorRecord FromException(Exception exception, object target)
        {
            switch (exception)
            {
                case JiraApiException api:
                    return FromApi(api);
                case JiraConnectionNotFoundException missing:
                    return NoConnection(missing.Message + " " + PowerShellRemedies.NoConnection(missing.ConnectionName), missing.ConnectionName ?? target);
                case SavedConnectionNotFoundException saved:
                    return Create(saved, ErrorIds.SavedConnectionNotFound, ErrorCategory.ObjectNotFound, saved.ConnectionName,
                        $"Save it once with Connect-JiraCloud -Site <site> -Credential (Get-Credential) -Name {saved.ConnectionName} -Save; " +
                        "Get-JiraConnection -ListAvailable lists saved connections.");
                case VaultException vault:
                    return Create(vault, vault.ErrorId, vault.Category, target, vault.RecommendedAction);
                case JiraAuthenticationException auth:
                    return Create(auth, ErrorIds.AuthenticationFailed, CategoryForDiagnosis(auth), auth.Diagnosis.Site?.ToString() ?? target,
                        auth.Diagnosis.Remedy);
                case OAuthTokenException oauth:
                    return FromOAuth(oauth, target);
                case JiraAuth.OAuth.InteractiveSignInRequiredException interactive:
                    return Create(interactive, ErrorIds.OAuthInteractiveSignInRequired, ErrorCategory.InvalidOperation, target, interactive.Remedy);
                case StaleVaultException stale:
                    return Create(stale, ErrorIds.OAuthRefreshTokenUnavailable, ErrorCategory.ResourceUnavailable, target, stale.Remedy);
                case RefreshTokenNotSavedException unsaved:
                    return Create(unsaved, ErrorIds.OAuthRefreshTokenNotSaved, ErrorCategory.WriteError, target,
                        "Fix the vault problem named above (Unlock-SecretStore, Get-SecretVault); the token is saved at the next refresh, or now with "
                            + "Connect-JiraCloud -Save.");
                case InvalidJiraSiteException site:
                    return Create(site, ErrorIds.InvalidSite, ErrorCategory.InvalidArgument, target);
                case CloudIdNotFoundException cloud:
                    return Create(cloud, ErrorIds.CloudIdNotFound, cloud.StatusCode == 404 ? ErrorCategory.ObjectNotFound : ErrorCategory.InvalidResult,
                        cloud.Site?.ToString() ?? target,
                        "Check the site name, or pass -CloudId if you know it.");
                case JsonKeyException key:
                    return Create(key, ErrorIds.JsonKeyConflict, ErrorCategory.InvalidData, target,
                        "Use -OutputType " + key.SuggestedOutputType + " to keep every key.");
                case JsonException json:
                    return Create(json, ErrorIds.InvalidJsonResponse, ErrorCategory.InvalidData, target);
                case RedirectRefusedException redirect:
                    return Create(redirect, ErrorIds.RedirectRefused, ErrorCategory.SecurityError, target);
                case TimeoutException timeout:
                    return Create(timeout, ErrorIds.Timeout, ErrorCategory.OperationTimeout, target, "Raise -TimeoutSec or check the network path to Jira.");
                case HttpRequestException network:
                    return Create(network, ErrorIds.NetworkError, ErrorCategory.ConnectionError, target,
                        "Check DNS, the proxy settings and the firewall between this machine and Jira.");
                case IOException io:
                    return Create(io, ErrorIds.FileError, ErrorCategory.WriteError, target);
                case ObjectDisposedException closed when closed.ObjectName == nameof(JiraClient):
                    return Create(closed, ErrorIds.NoConnection, ErrorCategory.ResourceUnavailable, target, PowerShellRemedies.ConnectFirst);
                case UnauthorizedAccessException denied:
                    return Create(denied, ErrorIds.FileError, ErrorCategory.PermissionDenied, target);
                case InvalidCredentialException credential:
                    return Create(credential, ErrorIds.InvalidCredential, ErrorCategory.InvalidArgument, target,
                        "Give the Atlassian account e-mail (or Data Center user name) and the token as the password; nothing else may be in them.");
                case ArgumentException argument:
                    return Create(argument, ErrorIds.InvalidArgument, ErrorCategory.InvalidArgument, target);
                default:
                    return Create(exception, ErrorIds.UnexpectedError, ErrorCategory.NotSpecified, target);
            }
        }

        private static ErrorRecord FromOAuth(OAuthTokenException oauth, object target)
        {
            switch (oauth.Reason)
            {
                case OAuthErrorReason.ConsentRequired:
                    return Create(oauth, ErrorIds.OAuthConsentRequired, ErrorCategory.AuthenticationError, target, oauth.Remedy);
                case OAuthErrorReason.ClientRejected:
                    return Create(oauth, ErrorIds.OAuthClientRejected, ErrorCategory.AuthenticationError, target, oauth.Remedy);
                case OAuthErrorReason.ScopeNotAllowed:
                    return Create(oauth, ErrorIds.OAuthScopeNotAllowed, ErrorCategory.PermissionDenied, target, oauth.Remedy);
                case OAuthErrorReason.ConsentDeclined:
                    return Create(oauth, ErrorIds.OAuthConsentDeclined, ErrorCategory.PermissionDenied, target, oauth.Remedy);
                default:
                    return Create(oauth, ErrorIds.OAuthTokenEndpointFailed, ErrorCategory.ResourceUnavailable, target, oauth.Remedy);
            }
        }

        public static ErrorRecord FromApi(JiraApiException api)
        {
            // The path identifies what failed; the query may hold user data, so it is left out.
            object target = api.RequestUri != null ? (object)api.RequestUri.GetLeftPart(UriPartial.Path) : api.Method;
            var hint = api.Hint;
            if (api.RateLimit?.RetryAfter is TimeSpan wait)
            {
                hint = (hint + " Jira asked to wait " + Math.Ceiling(wait.TotalSeconds) + " s.").Trim();
            }
            return Create(api, ErrorIds.ForStatus(api.StatusCode), CategoryForStatus(api.StatusCode), target, hint);
        }

        public static ErrorCategory CategoryForStatus(int statusCode)
        {
            switch (statusCode)
            {
                case 400: return ErrorCategory.InvalidArgument;
                case 401: return ErrorCategory.AuthenticationError;
                case 403: return ErrorCategory.PermissionDenied;
                case 404: return ErrorCategory.ObjectNotFound;
                case 405: return ErrorCategory.InvalidOperation;
                case 408: return ErrorCategory.OperationTimeout;
                case 409: return ErrorCategory.ResourceExists;
                case 410: return ErrorCategory.NotImplemented;
                case 413: return ErrorCategory.LimitsExceeded;
                case 415: return ErrorCategory.InvalidType;
                case 429: return ErrorCategory.LimitsExceeded;
            }
            if (statusCode >= 500) return ErrorCategory.ResourceUnavailable;
            if (statusCode >= 300 && statusCode < 400) return ErrorCategory.InvalidResult;
            return ErrorCategory.ProtocolError;
        }

        private static ErrorCategory CategoryForDiagnosis(JiraAuthenticationException auth)
        {
            switch (auth.Diagnosis.Reason)
            {
                case Core.Diagnosis.TokenStatus.Forbidden:
                case Core.Diagnosis.TokenStatus.ScopeMissing:
                    return ErrorCategory.PermissionDenied;
                case Core.Diagnosis.TokenStatus.SiteNotFound:
                    return ErrorCategory.ObjectNotFound;
                case Core.Diagnosis.TokenStatus.RateLimited:
                    return ErrorCategory.LimitsExceeded;
                case Core.Diagnosis.TokenStatus.NetworkError:
                case Core.Diagnosis.TokenStatus.TlsError:
                    return ErrorCategory.ConnectionError;
                case Core.Diagnosis.TokenStatus.Timeout:
                    return ErrorCategory.OperationTimeout;
                case Core.Diagnosis.TokenStatus.ServerError:
                    return ErrorCategory.ResourceUnavailable;
                case Core.Diagnosis.TokenStatus.UnexpectedResponse:
                    return ErrorCategory.InvalidResult;
                default:
                    return ErrorCategory.AuthenticationError;
            }
        }

        public static ErrorRecord NoConnection(string message, object target) =>
            Create(new InvalidOperationException(message), ErrorIds.NoConnection, ErrorCategory.ObjectNotFound, target, PowerShellRemedies.ConnectFirst);

        public static ErrorRecord MissingCredential(string message, object target) =>
            Create(new InvalidOperationException(message), ErrorIds.MissingCredential, ErrorCategory.InvalidArgument, target);
    }
}
