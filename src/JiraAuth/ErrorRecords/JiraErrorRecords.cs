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
using JiraAuth.Errors;


namespace JiraAuth.ErrorRecords
{
    /// <summary>
    /// The one place that turns failures into ErrorRecords: a stable ErrorId, the exact category, a target that names
    /// the site or path (never a credential) and the worded remedy as the recommended action.
    /// </summary>
    internal static class JiraErrorRecords
    {
        /// <summary>
        /// When Core attached a remedy to <paramref name="exception"/> (its message leaves out what to type), the user reads the
        /// message followed by that remedy, worded by <see cref="PowerShellRemedies"/>, which is also the recommended action.
        /// </summary>
        /// <param name="fallback">The recommended action (only) when Core attached no remedy; null for none.</param>
        public static ErrorRecord Create(Exception exception, string errorId, ErrorCategory category, object target, Remedy fallback = null)
        {
            var remedy = PowerShellRemedies.For(exception);
            return remedy != null
                ? WithRemedy(exception, errorId, category, target, remedy)
                : Record(exception, errorId, category, target, exception.Message, fallback == null ? null : PowerShellRemedies.Text(fallback));
        }

        /// <summary>An error whose message Core wrote without the remedy: the user reads both.</summary>
        private static ErrorRecord WithRemedy(Exception exception, string errorId, ErrorCategory category, object target, string remedy) =>
            Record(exception, errorId, category, target, string.IsNullOrEmpty(remedy) ? exception.Message : exception.Message + " " + remedy, remedy);

        private static ErrorRecord Record(Exception exception, string errorId, ErrorCategory category, object target, string message,
            string recommendedAction)
        {
            var record = new ErrorRecord(exception, errorId, category, SafeTarget(target));
            if (!string.IsNullOrEmpty(recommendedAction) || message != exception.Message)
            {
                record.ErrorDetails = new ErrorDetails(message) { RecommendedAction = recommendedAction };
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
                    return NoConnection(missing.Message + " " + PowerShellRemedies.Text(Remedy.ConnectByName(missing.ConnectionName)),
                        missing.ConnectionName ?? target);
                case SavedConnectionNotFoundException saved:
                    return Create(saved, ErrorIds.SavedConnectionNotFound, ErrorCategory.ObjectNotFound, saved.ConnectionName,
                        Remedy.SaveConnection(saved.ConnectionName));
                case VaultException vault:
                    return Create(vault, vault.ErrorId, vault.Category, target, vault.Remedy);
                case JiraAuthenticationException auth:
                    return WithRemedy(auth, ErrorIds.AuthenticationFailed, CategoryForDiagnosis(auth), auth.Diagnosis.Site?.ToString() ?? target,
                        PowerShellRemedies.For(auth.Diagnosis));
                case OAuthTokenException oauth:
                    return FromOAuth(oauth, target);
                case JiraAuth.OAuth.InteractiveSignInRequiredException interactive:
                    return Create(interactive, ErrorIds.OAuthInteractiveSignInRequired, ErrorCategory.InvalidOperation, target, interactive.Remedy);
                case StaleVaultException stale:
                    return Create(stale, ErrorIds.OAuthRefreshTokenUnavailable, ErrorCategory.ResourceUnavailable, target);
                case RefreshTokenNotSavedException unsaved:
                    return Create(unsaved, ErrorIds.OAuthRefreshTokenNotSaved, ErrorCategory.WriteError, target);
                case InvalidJiraSiteException site:
                    return Create(site, ErrorIds.InvalidSite, ErrorCategory.InvalidArgument, target);
                case CloudIdNotFoundException cloud:
                    return Create(cloud, ErrorIds.CloudIdNotFound, cloud.StatusCode == 404 ? ErrorCategory.ObjectNotFound : ErrorCategory.InvalidResult,
                        cloud.Site?.ToString() ?? target);
                case JsonKeyException key:
                    return Create(key, ErrorIds.JsonKeyConflict, ErrorCategory.InvalidData, target);
                case JsonException json:
                    return Create(json, ErrorIds.InvalidJsonResponse, ErrorCategory.InvalidData, target);
                case RedirectRefusedException redirect:
                    return Create(redirect, ErrorIds.RedirectRefused, ErrorCategory.SecurityError, target);
                case TimeoutException timeout:
                    return Create(timeout, ErrorIds.Timeout, ErrorCategory.OperationTimeout, target, Remedy.RaiseTimeout(UnansweredService.Jira));
                case HttpRequestException network:
                    return Create(network, ErrorIds.NetworkError, ErrorCategory.ConnectionError, target, new Remedy(RemedyKind.CheckNetwork));
                case IOException io:
                    return Create(io, ErrorIds.FileError, ErrorCategory.WriteError, target);
                case JiraConnectionClosedException closed:
                    return Create(closed, ErrorIds.NoConnection, ErrorCategory.ResourceUnavailable, target);
                case UnauthorizedAccessException denied:
                    return Create(denied, ErrorIds.FileError, ErrorCategory.PermissionDenied, target);
                case InvalidCredentialException credential:
                    return Create(credential, ErrorIds.InvalidCredential, ErrorCategory.InvalidArgument, target, new Remedy(RemedyKind.FixCredentialFormat));
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
                    return Create(oauth, ErrorIds.OAuthConsentRequired, ErrorCategory.AuthenticationError, target);
                case OAuthErrorReason.ClientRejected:
                    return Create(oauth, ErrorIds.OAuthClientRejected, ErrorCategory.AuthenticationError, target);
                case OAuthErrorReason.ScopeNotAllowed:
                    return Create(oauth, ErrorIds.OAuthScopeNotAllowed, ErrorCategory.PermissionDenied, target);
                case OAuthErrorReason.ConsentDeclined:
                    return Create(oauth, ErrorIds.OAuthConsentDeclined, ErrorCategory.PermissionDenied, target);
                default:
                    return Create(oauth, ErrorIds.OAuthTokenEndpointFailed, ErrorCategory.ResourceUnavailable, target);
            }
        }

        public static ErrorRecord FromApi(JiraApiException api)
        {
            // The path identifies what failed; the query may hold user data, so it is left out.
            object target = api.RequestUri != null ? (object)api.RequestUri.GetLeftPart(UriPartial.Path) : api.Method;
            // The message is Jira's answer; what to do is the recommended action only, with the wait Jira asked for.
            var advice = PowerShellRemedies.For(api);
            if (api.RateLimit?.RetryAfter is TimeSpan wait)
            {
                advice = (advice + " Jira asked to wait " + Math.Ceiling(wait.TotalSeconds) + " s.").Trim();
            }
            return Record(api, ErrorIds.ForStatus(api.StatusCode), CategoryForStatus(api.StatusCode), target, api.Message, advice);
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
            Create(new InvalidOperationException(message), ErrorIds.NoConnection, ErrorCategory.ObjectNotFound, target,
                new Remedy(RemedyKind.ConnectFirst));

        public static ErrorRecord MissingCredential(string message, object target) =>
            Create(new InvalidOperationException(message), ErrorIds.MissingCredential, ErrorCategory.InvalidArgument, target);
    }
}
