
namespace JiraAuth.Errors
{
    /// <summary>Stable ErrorIds: scripts match on $_.FullyQualifiedErrorId, so these never change once released.</summary>
    internal static class ErrorIds
    {
        public const string AuthenticationFailed = "JiraAuthenticationFailed";
        public const string InvalidCredential = "JiraInvalidCredential";
        public const string InvalidSite = "JiraInvalidSite";
        public const string InvalidArgument = "JiraInvalidArgument";
        public const string CloudIdNotFound = "JiraCloudIdNotFound";
        public const string NoConnection = "JiraConnectionNotFound";
        public const string MissingCredential = "JiraMissingCredential";
        public const string NetworkError = "JiraNetworkError";
        public const string Timeout = "JiraTimeout";
        public const string RedirectRefused = "JiraRedirectRefused";
        public const string InvalidJsonResponse = "JiraInvalidJsonResponse";
        public const string JsonKeyConflict = "JiraJsonKeyConflict";
        public const string InvalidConnectionRecord = "JiraInvalidConnectionRecord";
        public const string SavedConnectionNotFound = "JiraSavedConnectionNotFound";
        public const string SecretManagementMissing = "JiraSecretManagementMissing";
        public const string VaultNotConfigured = "JiraVaultNotConfigured";
        public const string VaultLocked = "JiraVaultLocked";
        public const string VaultOperationFailed = "JiraVaultOperationFailed";
        public const string FileError = "JiraFileError";
        public const string RestPathIndexNotUpdated = "JiraRestPathIndexNotUpdated";
        public const string UnexpectedError = "JiraUnexpectedError";
        public const string OAuthConsentRequired = "JiraOAuthConsentRequired";
        public const string OAuthClientRejected = "JiraOAuthClientRejected";
        public const string OAuthScopeNotAllowed = "JiraOAuthScopeNotAllowed";
        public const string OAuthConsentDeclined = "JiraOAuthConsentDeclined";
        public const string OAuthTokenEndpointFailed = "JiraOAuthTokenEndpointFailed";
        public const string OAuthRefreshTokenUnavailable = "JiraOAuthRefreshTokenUnavailable";
        public const string OAuthRefreshTokenNotSaved = "JiraOAuthRefreshTokenNotSaved";
        public const string OAuthInteractiveSignInRequired = "JiraOAuthInteractiveSignInRequired";
        public const string OAuthSiteChoiceRequired = "JiraOAuthSiteChoiceRequired";

        /// <summary>HTTP failures carry their status so scripts can tell 404 from 400 without parsing text, e.g. JiraApi404.</summary>
        public static string ForStatus(int statusCode) => "JiraApi" + statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
