namespace JiraAuth.Core.Errors
{
    /// <summary>
    /// What the user can do about a problem Core describes, where doing it means using the host's commands or parameters.
    /// Core chooses the kind; the host words it (the PowerShell module: src/JiraAuth/Infrastructure/PowerShellRemedies.cs),
    /// so Core's own messages never name a cmdlet or a parameter.
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

        /// <summary>A 401 from Jira: check the credential.</summary>
        CheckCredential,

        /// <summary>Jira answered anonymously although credentials were sent.</summary>
        DiagnoseRefusedCredential,

        /// <summary>JSON keys a PSObject cannot hold; argument: what to keep ("both", "it").</summary>
        UseHashtableOutput,

        /// <summary>A call on a connection that was closed or replaced.</summary>
        UseCurrentConnection,

        /// <summary>A request or download timed out; argument: what did not answer ("Jira", "the sign-in service").</summary>
        RaiseTimeout,

        /// <summary>The site is paused by a rate limit longer than the call may wait; argument: when the limit resets.</summary>
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

        /// <summary>The loopback port is taken; argument: the port.</summary>
        FreeCallbackPort,

        /// <summary>A saved record from a newer JiraAuth.</summary>
        UpdateModuleOrSaveAgain,

        /// <summary>A damaged saved record; argument: the secret's name.</summary>
        RemoveDamagedSecret,

        /// <summary>A rotated refresh token could not be saved.</summary>
        SaveRefreshTokenLater,

        /// <summary>A 3LO sign-in is no longer valid; argument: the exact sign-in command, or none for the general form.</summary>
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
    }
}
