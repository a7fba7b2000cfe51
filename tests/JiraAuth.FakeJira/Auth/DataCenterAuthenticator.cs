using System;
using System.Collections.Generic;
using JiraAuth.FakeJira.Http;
using JiraAuth.FakeJira.OAuth;

namespace JiraAuth.FakeJira.Auth
{
    /// <summary>
    /// Jira Data Center: PATs as Bearer, passwords as Basic. Only wrong passwords count toward the CAPTCHA,
    /// because the lockout is per username and a PAT carries none.
    /// </summary>
    internal sealed class DataCenterAuthenticator
    {
        private readonly LoginFailureTracker failures;
        private readonly FakeAuthorizationServer oauth;

        public DataCenterAuthenticator(LoginFailureTracker failures, FakeAuthorizationServer oauth)
        {
            this.failures = failures;
            this.oauth = oauth;
        }

        public AuthResult Evaluate(string authorizationHeader, FakeRequestState state)
        {
            Credential credential = CredentialParser.Parse(authorizationHeader);
            if (credential == null)
            {
                return AuthResult.Anonymous(AuthRejections.DataCenterUnauthenticated());
            }
            if (credential.IsBearer)
            {
                if (credential.Secret == FakeAccounts.DcPat || oauth.Authenticate(credential.Secret, dataCenter: true) != null)
                {
                    return Success();
                }
                if (credential.Secret == FakeAccounts.DcStrippedPat)
                {
                    // A proxy dropped the header, so Jira sees an anonymous browser and serves its login page with 200.
                    return AuthResult.Anonymous(AuthRejections.DataCenterLoginPage(state.ApiBase));
                }
                return Failed();
            }

            string username = credential.UserName;
            if (failures.IsLocked(username))
            {
                return AuthResult.Blocked(AuthRejections.Captcha(state.ApiBase + "/login.jsp", cloud: false));
            }
            if (username.Equals(FakeAccounts.DcUsername, StringComparison.OrdinalIgnoreCase) && credential.Secret == FakeAccounts.DcPassword)
            {
                failures.RecordSuccess(username);
                return Success();
            }
            failures.RecordFailure(username);
            return Failed();
        }

        private static AuthResult Success()
        {
            var headers = new Dictionary<string, string>
            {
                ["X-Seraph-LoginReason"] = "OK",
                ["X-AUSERNAME"] = DataCenterAccountDirectory.DcAdmin.Name,
            };
            return AuthResult.Authenticated(DataCenterAccountDirectory.DcAdmin, null, headers);
        }

        private static AuthResult Failed() =>
            AuthResult.FailedButReadable(AuthRejections.DataCenterUnauthenticated(), SeraphHeaders.Failed);
    }
}
