using System;
using System.Globalization;
using JiraAuth.Core.Diagnosis;
using JiraAuth.Core.Errors;


namespace JiraAuth.Errors
{
    /// <summary>
    /// The one catalogue of what to do: every remedy a user reads, whether it names a cmdlet or a parameter or speaks only in
    /// Jira's terms (a failed REST call). Core describes the problem and attaches a <see cref="Remedy"/> kind; the words live
    /// here, so Core never names a cmdlet or a parameter and a renamed parameter is changed in one file.
    /// </summary>
    internal static class PowerShellRemedies
    {
        /// <summary>The general form of the 3LO sign-in command, for when the connection's own is not known.</summary>
        public const string SignInAgainCommand = "Connect-JiraCloud -ClientId <client id> -ClientSecret (Read-Host -AsSecureString 'Client secret') -Scope "
            + "<scopes> -Site <site> -Name <name> -Save";

        /// <summary>What to do about a credential check that failed: the connection's own remedy, else the one for its reason.</summary>
        public static string For(TokenDiagnosis diagnosis)
        {
            if (diagnosis.Remedy == null) return ForReason(diagnosis.Reason);
            // A site that reports no cloudId may be misspelt or not Cloud at all: the site-name check still applies.
            return diagnosis.Reason == TokenStatus.SiteNotFound ? ForReason(diagnosis.Reason) + " " + Text(diagnosis.Remedy) : Text(diagnosis.Remedy);
        }

        /// <summary>The remedy for a credential check of <paramref name="reason"/>, worded; empty for Valid.</summary>
        public static string ForReason(TokenStatus reason) => TokenStatusRemedies.For(reason) is Remedy remedy ? Text(remedy) : string.Empty;

        /// <summary>The remedy Core attached to <paramref name="exception"/>, worded; null when it has none.</summary>
        public static string For(Exception exception) => Remedies.Of(exception) is Remedy remedy ? Text(remedy) : null;

        /// <summary><paramref name="message"/> followed by the remedy attached to <paramref name="exception"/>, if any.</summary>
        public static string WithRemedy(string message, Exception exception) =>
            For(exception) is string remedy ? message + " " + remedy : message;

        public static string Text(Remedy remedy)
        {
            switch (remedy.Kind)
            {
                case RemedyKind.ConnectFirst:
                    return "Run Connect-JiraCloud first, or pass -Connection.";
                case RemedyKind.ConnectByName:
                    return string.IsNullOrEmpty(remedy.ConnectionName)
                        ? "Run Connect-JiraCloud first (or pass -Connection)."
                        : $"Run Connect-JiraCloud -Name {remedy.ConnectionName} first.";
                case RemedyKind.SaveConnection:
                    return $"Save it once with Connect-JiraCloud -Site <site> -Credential (Get-Credential) -Name {remedy.ConnectionName} -Save; "
                        + "Get-JiraConnection -ListAvailable lists saved connections.";
                case RemedyKind.SignInInteractivelyOnce:
                    return "Sign in once in an interactive PowerShell, logged on as the account the task runs as: " + remedy.SignInCommand
                        + "; then the task connects with Connect-JiraCloud -Name " + (remedy.ConnectionName ?? "<name>") + ".";
                case RemedyKind.CheckRestPathIndexSource:
                    return "Check the address and the network (or proxy); the index shipped with the module stays in use.";
                case RemedyKind.InstallSecretStore:
                    return VaultSetupAdvice.Full;
                case RemedyKind.RegisterVault:
                    return VaultSetupAdvice.Register + "; " + VaultSetupAdvice.Unattended + ".";
                case RemedyKind.RegisterDefaultVault:
                    return VaultSetupAdvice.Register + "; " + VaultSetupAdvice.Unattended + ". " + VaultSetupAdvice.ServiceAccountCaveat;
                case RemedyKind.UnlockVault:
                    return "Unlock it with Unlock-SecretStore, or for unattended use: " + VaultSetupAdvice.Unattended + ".";
                case RemedyKind.ConfigureUnattendedVault:
                    return "This session cannot prompt for the vault password. For unattended use: " + VaultSetupAdvice.Unattended
                        + " (as the task's account). " + VaultSetupAdvice.ServiceAccountCaveat;
                case RemedyKind.CheckNetwork:
                    return "Check DNS, the proxy settings and the firewall between this machine and Jira.";
                case RemedyKind.FixCredentialFormat:
                    return "Give the Atlassian account e-mail (or Data Center user name) and the token as the password; nothing else may be in them.";
                case RemedyKind.CreateNewApiToken:
                    return "Create a new API token at https://id.atlassian.com/manage-profile/security/api-tokens (tokens expire after at "
                        + "most a year) and check that the e-mail is the Atlassian account's, then connect again.";
                case RemedyKind.SolveCaptchaInBrowser:
                    return "Jira locked logins for this account after repeated failures: "
                        + "sign in once in a browser and solve the CAPTCHA, then connect again with a correct token.";
                case RemedyKind.UseScopedTokenMode:
                    return "This is a scoped API token, which works only through api.atlassian.com: connect with -AuthMode ScopedApiToken (or Auto).";
                case RemedyKind.UseClassicTokenMode:
                    return "This is a classic (unscoped) API token, which works only at the site: connect with -AuthMode ApiToken (or Auto).";
                case RemedyKind.CreateTokenWithScopes:
                    return "The scoped token lacks a scope this call needs (for /myself: read:jira-user or read:user:jira); "
                        + "create a token with the scopes your scripts use.";
                case RemedyKind.UseApiTokenInsteadOfPassword:
                    return "Jira Cloud no longer accepts account passwords for the REST API: "
                        + "create an API token at https://id.atlassian.com/manage-profile/security/api-tokens and use it instead.";
                case RemedyKind.AskForSiteAccess:
                    return "The account authenticated but may not use this site: "
                        + "ask a Jira administrator to grant it product access (or the needed permission).";
                case RemedyKind.RenewTokenOrCheckProxy:
                    return "Jira treated the request as anonymous: "
                        + "the token may have expired (renew it) or a proxy in between strips the Authorization header.";
                case RemedyKind.CheckSiteNameOrCloudId:
                    return "Check the site name (for Cloud: https://<name>.atlassian.net) and, for scoped tokens, the cloudId; "
                        + "Get-JiraCloudId shows the site's cloudId.";
                case RemedyKind.WaitForRetryAfter:
                    return "Jira is rate limiting this account or site: wait for the time it gave (Retry-After) and try again; "
                        + "spread scheduled jobs across the hour.";
                case RemedyKind.CheckNetworkToSite:
                    return "Jira could not be reached: check DNS, the proxy settings and the firewall between this machine and the site.";
                case RemedyKind.CheckNetworkOrRaiseTimeout:
                    return "Jira did not answer in time: check the network path or raise -TimeoutSec.";
                case RemedyKind.CheckTls:
                    return "The TLS connection failed: check the server certificate (an intercepting proxy needs its CA trusted on this machine), "
                        + "the system clock, and on Windows PowerShell 5.1 that TLS 1.2 is enabled.";
                case RemedyKind.RetryAfterServerError:
                    return "Jira had a server-side error: "
                        + "try again later and check https://status.atlassian.com (or the Data Center server's logs).";
                case RemedyKind.CheckSiteAddress:
                    return "The address answered, but not like Jira: "
                        + "check that the site URL (and any context path such as /jira) is right.";
                case RemedyKind.OAuthSignInAgainInteractively:
                    return "The sign-in is no longer valid "
                        + "(consent withdrawn, password changed, 90 days unused, a year since consent, or a reused refresh token): "
                        + "run Connect-JiraCloud with -ClientId, -ClientSecret, -Scope and -Save once in an interactive PowerShell.";
                case RemedyKind.OAuthFixVaultOrSignInAgain:
                    return "Another process holds the newest refresh token but could not save it, or the vault lags behind: "
                        + "fix the vault problem, or sign in again once.";
                case RemedyKind.UseHttpsForSite:
                    return "Use https://, or pass -AllowUnencryptedAuthentication if this server really has no TLS (a test server, for example).";
                case RemedyKind.UseHttpsScheme:
                    return "Only https:// (or http:// with -AllowUnencryptedAuthentication) addresses are Jira sites.";
                case RemedyKind.PassCredentialSeparately:
                    return "Pass credentials with -Credential.";
                case RemedyKind.UseHttpsEndpoint:
                    return "Use https, or pass -AllowUnencryptedAuthentication if you accept that risk.";
                case RemedyKind.ConnectWithOAuthParameters:
                    return "Connect with -ClientId and -ClientSecret, plus -ServiceAccount for a service account or -Scope for a person's sign-in.";
                case RemedyKind.CheckCredential:
                    return "The credentials are invalid or expired. Run Test-JiraToken to check them and create a new token if needed.";
                case RemedyKind.DiagnoseRefusedCredential:
                    return "Run Test-JiraToken to see why the credential was refused.";
                case RemedyKind.UseHashtableOutput:
                    return "Use -OutputType Hashtable to keep " + (remedy.KeysToKeep ?? "every key") + ".";
                case RemedyKind.UseCurrentConnection:
                    return "Use the current connection (Get-JiraConnection), or connect again with Connect-JiraCloud.";
                case RemedyKind.RaiseTimeout:
                    return "Check the network path to " + (remedy.Unanswered == UnansweredService.SignInService ? "the sign-in service" : "Jira")
                        + ", or raise -TimeoutSec.";
                case RemedyKind.WaitForRateLimitReset:
                    return $"Wait until {ResetTime(remedy)} (the limit resets then), "
                        + "or raise -MaximumRetryWaitSec; spread scheduled jobs out.";
                case RemedyKind.EncodeHeaderValue:
                    return "Encode it first, for example with [uri]::EscapeDataString(), or send it in the body.";
                case RemedyKind.ChooseCredentialByConnecting:
                    return "Use Connect-JiraCloud to choose the credential.";
                case RemedyKind.NameSiteOrCloudId:
                    return "Name the site (-Site) or its cloudId (-CloudId).";
                case RemedyKind.NameSiteInstead:
                    return "Pass -Site instead.";
                case RemedyKind.CloudIdNotReported:
                    return "For Data Center use -AuthMode PersonalAccessToken or Password, or pass -CloudId if you know it.";
                case RemedyKind.CheckSignInServiceAddress:
                    return "Check DNS, the proxy settings and the firewall between this machine and the sign-in service (-AuthUri).";
                case RemedyKind.CheckAuthUri:
                    return "Check -AuthUri (and for Data Center the site address): it must point at the OAuth server.";
                case RemedyKind.StartSignInAgain:
                    return "Start Connect-JiraCloud again and use the link it shows.";
                case RemedyKind.NameScopes:
                    return "Name at least one scope (e.g. -Scope read:jira-work, read:jira-user).";
                case RemedyKind.CheckGatewayUri:
                    return "Check -GatewayUri.";
                case RemedyKind.PasteRedirect:
                    return "Use -NoBrowser and paste the address the browser ends on.";
                case RemedyKind.SignInSoonerOrPasteRedirect:
                    return "Run the command again (and finish the sign-in in the browser sooner), or use -NoBrowser and paste the address the browser ends on.";
                case RemedyKind.FreeCallbackPort:
                    return "Close it, or register another callback URL for the app and pass it with -RedirectUri.";
                case RemedyKind.UpdateModuleOrSaveAgain:
                    return "Update the JiraAuth module to read it, or save the connection again with Connect-JiraCloud -Save.";
                case RemedyKind.RemoveDamagedSecret:
                    return $"Remove it with Remove-Secret -Name '{remedy.SecretName}' and save the connection again with Connect-JiraCloud -Save.";
                case RemedyKind.SaveRefreshTokenLater:
                    return "Fix the vault problem named above (Unlock-SecretStore, Get-SecretVault); "
                        + "the token is saved at the next refresh, or now with Connect-JiraCloud -Save.";
                case RemedyKind.OAuthSignInAgain:
                    return "The sign-in is no longer valid (consent withdrawn, password changed, 90 days unused, a year since consent, or a rotated refresh "
                        + "token was reused): sign in again once in an interactive PowerShell: " + (remedy.SignInCommand ?? SignInAgainCommand);
                case RemedyKind.OAuthSignInAgainOnce:
                    return "Sign in again once in an interactive PowerShell: " + SignInAgainCommand;
                case RemedyKind.OAuthFixOtherProcessVault:
                    return "Fix the vault problem that process reported (it saves again at its next refresh), or sign in again once: " + SignInAgainCommand;
                case RemedyKind.OAuthUseSharedVault:
                    return "Try again in a few seconds; "
                        + "if it persists, the vault does not share writes between processes: save the connection in a vault that does, or sign in again once.";
                case RemedyKind.OAuthRenewServiceAccountCredential:
                    return "The service account's OAuth credential is no longer accepted (deleted, expired or its account deactivated): "
                        + "create a new credential under Atlassian Administration > Directory > Service accounts and connect with it.";
                case RemedyKind.OAuthFixServiceAccountClient:
                    return "The client id or secret is wrong: "
                        + "copy both from the service account's OAuth credential (Atlassian Administration > Directory > Service accounts) and connect again.";
                case RemedyKind.OAuthFixAppClient:
                    return "The client id or secret is wrong: "
                        + "copy both from the app's Settings page at https://developer.atlassian.com/console/myapps and connect again.";
                case RemedyKind.OAuthServiceAccountScopes:
                    return "A requested scope is not granted to this credential: "
                        + "pass only scopes the service account's OAuth credential has (-Scope), or add them to the credential.";
                case RemedyKind.OAuthAppScopes:
                    return "A requested scope is not configured for the app: "
                        + "add it under Permissions at https://developer.atlassian.com/console/myapps, or pass only configured scopes with -Scope.";
                case RemedyKind.OAuthAcceptConsent:
                    return "Access was declined on the consent screen: "
                        + "run the command again and choose Accept (an administrator may have to approve the app for the site).";
                case RemedyKind.OAuthRetryLater:
                    return "Atlassian's sign-in service failed: try again later and check https://status.atlassian.com.";
                case RemedyKind.OAuthEnableOfflineAccess:
                    return "Enable offline_access for the app (it is added to the requested scopes) and sign in again.";
                case RemedyKind.OAuthCheckClient:
                    return "Check the client id, secret and scopes, then connect again.";
                // A failed REST call: advice in Jira's terms only, worded here with every other remedy so all read alike.
                case RemedyKind.ClearCaptchaThenRetry:
                    return "Jira stopped checking this account's password after failed logins; sign in once in a browser to clear the CAPTCHA, then try again.";
                case RemedyKind.FixRequestFields:
                    return "Jira rejected the request; check the request body or JQL, starting with the fields listed.";
                case RemedyKind.FixRequest:
                    return "Jira rejected the request; check the request body, parameters or JQL.";
                case RemedyKind.AddScopeToToken:
                    return "The scoped token lacks a scope this endpoint needs; add it to the token (or create a token with it).";
                case RemedyKind.UseApiTokenWithEmail:
                    return "Jira Cloud no longer accepts passwords; use an API token with your e-mail address instead.";
                case RemedyKind.AskForPermission:
                    return "You are signed in but lack permission for this action; ask a Jira administrator for it.";
                case RemedyKind.CheckKeyAndPermissions:
                    return "It does not exist or you cannot see it: Jira answers 404 for both, so check the key and your permissions.";
                case RemedyKind.CheckMethodAndPath:
                    return "This endpoint does not accept " + remedy.Method + "; check the method and the API path.";
                case RemedyKind.ReloadAndRetry:
                    return "The request conflicts with the current state of the resource; reload it and try again.";
                case RemedyKind.UseSearchJql:
                    return "The API was removed; use /rest/api/3/search/jql instead.";
                case RemedyKind.UseReplacementApi:
                    return "The API was removed; Jira's message names its replacement.";
                case RemedyKind.SendLessData:
                    return "The request is too large; send less data per request.";
                case RemedyKind.SendJson:
                    return "Jira does not accept that Content-Type; send JSON with Content-Type: application/json.";
                case RemedyKind.RateLimitedRetryTomorrow:
                    return "Jira is rate limiting these requests and asked to wait a day or more; try again tomorrow, and spread scheduled jobs out.";
                case RemedyKind.RateLimitedWaitSeconds:
                    return "Jira is rate limiting these requests; wait " + remedy.WaitSeconds?.ToString(CultureInfo.InvariantCulture)
                        + $" seconds before trying again (the limit resets at {ResetTime(remedy)}).";
                case RemedyKind.RateLimitedUntilReset:
                    return $"Jira is rate limiting these requests; the limit resets at {ResetTime(remedy)}: wait until then before trying again.";
                case RemedyKind.RateLimitedBackOff:
                    return "Jira is rate limiting these requests; wait a while and retry with growing delays.";
                case RemedyKind.RetryJiraSideLater:
                    return "This is a problem on Jira's side; try again later.";
                default:
                    // A kind added in Core without words here still tells the user something they can search for.
                    return "See about_JiraAuth (" + remedy + ").";
            }
        }

        private static string ResetTime(Remedy remedy) => remedy.ResetsAt is DateTimeOffset resets ? UtcText.Of(resets) : null;
    }
}
