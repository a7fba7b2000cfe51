using System;
using System.Collections.Generic;
using JiraAuth.FakeJira.Http;
using JiraAuth.FakeJira.OAuth;

namespace JiraAuth.FakeJira.Auth
{
    /// <summary>
    /// Decides how Jira Cloud (site) or api.atlassian.com (gateway) treats a credential.
    /// Only expired tokens, wrong or unknown tokens count toward the CAPTCHA. Real Cloud also counts a scoped
    /// token sent to the site, but tests want that path deterministic, so here it never locks anyone out.
    /// </summary>
    internal sealed class CloudAuthenticator
    {
        private const string ServerInfoPath = "/rest/api/3/serverinfo";
        private readonly LoginFailureTracker failures;
        private readonly FakeAuthorizationServer oauth;

        public CloudAuthenticator(LoginFailureTracker failures, FakeAuthorizationServer oauth)
        {
            this.failures = failures;
            this.oauth = oauth;
        }

        public AuthResult Evaluate(string authorizationHeader, FakeRequestState state, string apiPath)
        {
            Credential credential = CredentialParser.Parse(authorizationHeader);
            if (credential == null)
            {
                return state.IsGateway
                    ? AuthResult.Blocked(AuthRejections.GatewayUnauthorized())
                    : AuthResult.Anonymous(AuthRejections.CloudUnauthenticated(credentialsWereBad: false));
            }
            if (credential.IsBearer)
            {
                // OAuth access tokens work only through the gateway; at the site a Bearer token is no credential.
                FakeUser oauthUser = state.IsGateway ? oauth.Authenticate(credential.Secret, dataCenter: false) : null;
                if (oauthUser != null)
                {
                    return Success(oauthUser);
                }
                return state.IsGateway
                    ? AuthResult.Blocked(AuthRejections.GatewayUnauthorized())
                    : FailedAtSite();
            }

            string email = credential.UserName;
            CloudAccount account = CloudAccountDirectory.Find(email);
            if (account?.Kind == CredentialKind.AlwaysLocked || failures.IsLocked(email))
            {
                return AuthResult.Blocked(AuthRejections.Captcha(FakeAccounts.CloudLoginUrl, cloud: true));
            }
            if (account != null && account.Email.Equals(FakeAccounts.AdminEmail, StringComparison.OrdinalIgnoreCase)
                && credential.Secret == FakeAccounts.AdminPassword)
            {
                return AuthResult.Blocked(AuthRejections.PasswordDeprecated());
            }
            if (account == null || credential.Secret != account.Token || account.Kind == CredentialKind.ExpiredToken)
            {
                failures.RecordFailure(email);
                return state.IsGateway ? AuthResult.Blocked(AuthRejections.GatewayUnauthorized()) : FailedAtSite();
            }
            return state.IsGateway ? AtGateway(account, apiPath) : AtSite(account);
        }

        private AuthResult AtSite(CloudAccount account)
        {
            switch (account.Kind)
            {
                case CredentialKind.ScopedToken:
                case CredentialKind.ScopedTokenMissingScope:
                    return FailedAtSite();
                default:
                    failures.RecordSuccess(account.Email);
                    return Success(account.User);
            }
        }

        private AuthResult AtGateway(CloudAccount account, string apiPath)
        {
            switch (account.Kind)
            {
                case CredentialKind.ScopedToken:
                    failures.RecordSuccess(account.Email);
                    return Success(account.User);
                case CredentialKind.ScopedTokenMissingScope:
                    failures.RecordSuccess(account.Email);
                    return apiPath.Equals(ServerInfoPath, StringComparison.OrdinalIgnoreCase)
                        ? Success(account.User)
                        : AuthResult.Blocked(AuthRejections.GatewayScopeMismatch());
                default:
                    // Classic tokens are only valid on the site; the gateway does not know them.
                    return AuthResult.Blocked(AuthRejections.GatewayUnauthorized());
            }
        }

        private static AuthResult FailedAtSite() =>
            AuthResult.FailedButReadable(AuthRejections.CloudUnauthenticated(credentialsWereBad: true), SeraphHeaders.Failed);

        private static AuthResult Success(FakeUser user)
        {
            var headers = new Dictionary<string, string>
            {
                ["X-Seraph-LoginReason"] = "OK",
                ["X-AACCOUNTID"] = Uri.EscapeDataString(user.AccountId),
            };
            return AuthResult.Authenticated(user, user.HasProductAccess ? null : AuthRejections.NoProductAccess(), headers);
        }
    }
}
