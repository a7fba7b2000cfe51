namespace JiraAuth.Core.Errors
{
    /// <summary>
    /// What the user can do about a problem Core describes, whether doing it takes the host's commands or parameters or only
    /// Jira's own terms. Core chooses the kind; the host words every kind (the PowerShell module:
    /// src/JiraAuth/Errors/PowerShellRemedies.cs), so Core's own messages never name a cmdlet or a parameter.
    /// </summary>
    public enum RemedyKind
    {
        /// <summary>An http:// site: use https, or allow unencrypted authentication for a server without TLS.</summary>
        UseHttpsForSite,

        /// <summary>A site with a scheme other than http(s).</summary>
        UseHttpsScheme,

        /// <summary>A site with '@' in it: credentials go in their own parameter.</summary>
        PassCredentialSeparately,

        /// <summary>An endpoint (gateway, token endpoint, API base) that is not https.</summary>
        UseHttpsEndpoint,

        /// <summary>An OAuth auth mode asked for with a plain credential.</summary>
        ConnectWithOAuthParameters,

        /// <summary>A 401 from a REST call with no more telling signal: the credentials are invalid or expired; check them.</summary>
        CheckCredential,

        /// <summary>Jira answered anonymously although credentials were sent.</summary>
        DiagnoseRefusedCredential,

        /// <summary>JSON keys a PSObject cannot hold; value: which keys to keep (<see cref="Remedy.UseHashtableOutput"/>).</summary>
        UseHashtableOutput,

        /// <summary>A call on a connection that was closed or replaced.</summary>
        UseCurrentConnection,

        /// <summary>A request or download timed out; value: what did not answer (<see cref="Remedy.RaiseTimeout"/>).</summary>
        RaiseTimeout,

        /// <summary>The site is paused by a rate limit longer than the call may wait; value: when it resets.</summary>
        WaitForRateLimitReset,

        /// <summary>A header value with characters HTTP headers cannot carry.</summary>
        EncodeHeaderValue,

        /// <summary>A custom Authorization or Cookie header.</summary>
        ChooseCredentialByConnecting,

        /// <summary>A service account connection without a site or cloudId.</summary>
        NameSiteOrCloudId,

        /// <summary>A service account cannot reach the cloudId given.</summary>
        NameSiteInstead,

        /// <summary>The cloudId lookup failed: maybe Data Center, or give the cloudId.</summary>
        CloudIdNotReported,

        /// <summary>The sign-in service could not be reached.</summary>
        CheckSignInServiceAddress,

        /// <summary>The token endpoint answered with something that is not OAuth.</summary>
        CheckAuthUri,

        /// <summary>A pasted redirect belongs to another sign-in.</summary>
        StartSignInAgain,

        /// <summary>No scope asked for in a 3LO sign-in.</summary>
        NameScopes,

        /// <summary>The accessible-resources answer was not a list of sites.</summary>
        CheckGatewayUri,

        /// <summary>The redirect URI is not on this machine.</summary>
        PasteRedirect,

        /// <summary>No sign-in arrived at the loopback listener in time.</summary>
        SignInSoonerOrPasteRedirect,

        /// <summary>The loopback port is taken.</summary>
        FreeCallbackPort,

        /// <summary>A saved record from a newer JiraAuth.</summary>
        UpdateModuleOrSaveAgain,

        /// <summary>A damaged saved record; value: the secret's name (<see cref="Remedy.RemoveDamagedSecret"/>).</summary>
        RemoveDamagedSecret,

        /// <summary>A rotated refresh token could not be saved.</summary>
        SaveRefreshTokenLater,

        /// <summary>A 3LO sign-in is no longer valid; value: the exact sign-in command, or none for the general form.</summary>
        OAuthSignInAgain,

        /// <summary>The saved connection is gone, so the newest refresh token cannot be read.</summary>
        OAuthSignInAgainOnce,

        /// <summary>Another process holds the newest refresh token but could not save it.</summary>
        OAuthFixOtherProcessVault,

        /// <summary>The vault keeps returning an older refresh-token generation.</summary>
        OAuthUseSharedVault,

        /// <summary>A service account's OAuth credential is no longer accepted.</summary>
        OAuthRenewServiceAccountCredential,

        /// <summary>A service account's client id or secret is wrong.</summary>
        OAuthFixServiceAccountClient,

        /// <summary>An app's client id or secret is wrong.</summary>
        OAuthFixAppClient,

        /// <summary>A scope the service account's credential does not have.</summary>
        OAuthServiceAccountScopes,

        /// <summary>A scope the app is not configured for.</summary>
        OAuthAppScopes,

        /// <summary>Consent declined on the consent screen.</summary>
        OAuthAcceptConsent,

        /// <summary>The sign-in service failed.</summary>
        OAuthRetryLater,

        /// <summary>The sign-in returned no refresh token.</summary>
        OAuthEnableOfflineAccess,

        /// <summary>Any other token-endpoint refusal.</summary>
        OAuthCheckClient,

        /// <summary>A call without a connection: connect first, or pass one.</summary>
        ConnectFirst,

        /// <summary>No connection by the name asked for, or no default; value: the name, if one was asked for (<see cref="Remedy.ConnectFirst"/>).</summary>
        ConnectByName,

        /// <summary>No saved connection by that name; value: the name (<see cref="Remedy.SaveConnection"/>).</summary>
        SaveConnection,

        /// <summary>Jira could not be reached.</summary>
        CheckNetwork,

        /// <summary>A credential with a user name or secret that cannot be sent.</summary>
        FixCredentialFormat,

        /// <summary>A 3LO sign-in asked for where nobody can answer; values: the sign-in command, the connection's name.</summary>
        SignInInteractivelyOnce,

        /// <summary>The OpenAPI documents for the path index could not be fetched.</summary>
        CheckRestPathIndexSource,

        /// <summary>SecretManagement is missing: install it and set up a vault for unattended use.</summary>
        InstallSecretStore,

        /// <summary>The vault named is not registered.</summary>
        RegisterVault,

        /// <summary>No default vault is registered.</summary>
        RegisterDefaultVault,

        /// <summary>The vault is locked and this session can prompt.</summary>
        UnlockVault,

        /// <summary>The vault is locked and this session cannot prompt.</summary>
        ConfigureUnattendedVault,

        // The remedies of the /myself diagnosis, one per TokenStatus (Core/Diagnosis/TokenStatusRemedies).

        /// <summary>The token is invalid or expired.</summary>
        CreateNewApiToken,

        /// <summary>Jira wants a CAPTCHA solved before it checks this account's password again.</summary>
        SolveCaptchaInBrowser,

        /// <summary>A scoped token was sent to the site.</summary>
        UseScopedTokenMode,

        /// <summary>A classic token was sent to the gateway.</summary>
        UseClassicTokenMode,

        /// <summary>The scoped token lacks a scope /myself needs.</summary>
        CreateTokenWithScopes,

        /// <summary>A password was sent to Jira Cloud.</summary>
        UseApiTokenInsteadOfPassword,

        /// <summary>Authenticated, but without access to the site.</summary>
        AskForSiteAccess,

        /// <summary>Jira treated the request as anonymous.</summary>
        RenewTokenOrCheckProxy,

        /// <summary>No such site (or cloudId).</summary>
        CheckSiteNameOrCloudId,

        /// <summary>Rate limited while checking the credential.</summary>
        WaitForRetryAfter,

        /// <summary>The site could not be reached while checking the credential.</summary>
        CheckNetworkToSite,

        /// <summary>The credential check timed out.</summary>
        CheckNetworkOrRaiseTimeout,

        /// <summary>The TLS handshake failed.</summary>
        CheckTls,

        /// <summary>Jira failed on its side.</summary>
        RetryAfterServerError,

        /// <summary>The address answered, but not like Jira.</summary>
        CheckSiteAddress,

        /// <summary>A 3LO sign-in is no longer valid and the connection's own sign-in command is not known.</summary>
        OAuthSignInAgainInteractively,

        /// <summary>The newest refresh token is held by another process or the vault lags behind.</summary>
        OAuthFixVaultOrSignInAgain,

        // The remedies of a failed REST call, in Jira's terms, chosen by status and signals (Core/Http/ApiFailureRemedies).

        /// <summary>Jira stopped checking the password after failed logins (CAPTCHA) during a REST call.</summary>
        ClearCaptchaThenRetry,

        /// <summary>A 400 that names fields.</summary>
        FixRequestFields,

        /// <summary>A 400 that names no field.</summary>
        FixRequest,

        /// <summary>A 401 from the gateway: the scoped token lacks a scope the endpoint needs.</summary>
        AddScopeToToken,

        /// <summary>A 401 from Jira Cloud for an account password.</summary>
        UseApiTokenWithEmail,

        /// <summary>A 403: signed in, but without permission for the action.</summary>
        AskForPermission,

        /// <summary>A 404: missing or not visible, which Jira does not tell apart.</summary>
        CheckKeyAndPermissions,

        /// <summary>A 405; value: the method the endpoint refused (<see cref="Remedy.CheckMethodAndPath"/>).</summary>
        CheckMethodAndPath,

        /// <summary>A 409: the resource changed.</summary>
        ReloadAndRetry,

        /// <summary>A 410 from the removed search API.</summary>
        UseSearchJql,

        /// <summary>A 410 from another removed API.</summary>
        UseReplacementApi,

        /// <summary>A 413.</summary>
        SendLessData,

        /// <summary>A 415.</summary>
        SendJson,

        /// <summary>A 429 that asks to wait a day or more.</summary>
        RateLimitedRetryTomorrow,

        /// <summary>A 429 with Retry-After; values: the seconds to wait, when the limit resets (<see cref="Remedy.RateLimitedWaitSeconds"/>).</summary>
        RateLimitedWaitSeconds,

        /// <summary>A 429 with only a reset time; value: that time (<see cref="Remedy.RateLimitedUntilReset"/>).</summary>
        RateLimitedUntilReset,

        /// <summary>A 429 that says nothing about when to retry.</summary>
        RateLimitedBackOff,

        /// <summary>A 5xx.</summary>
        RetryJiraSideLater,
    }
}
