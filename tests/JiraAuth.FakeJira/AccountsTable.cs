using System.Collections.Generic;

namespace JiraAuth.FakeJira
{
    /// <summary>The human-readable account list printed by the standalone server.</summary>
    public static class AccountsTable
    {
        public static IEnumerable<string> Lines(FakeDeployment deployment)
        {
            if (deployment == FakeDeployment.DataCenter)
            {
                yield return "Accounts (Data Center):";
                yield return $"  Bearer {FakeAccounts.DcPat,-30} -> {FakeAccounts.DcUsername} (PAT)";
                yield return $"  Basic  {FakeAccounts.DcUsername + ":" + FakeAccounts.DcPassword,-30} -> {FakeAccounts.DcUsername} (password, UTF-8)";
                yield return $"  Bearer {FakeAccounts.DcStrippedPat,-30} -> 200 HTML login page (proxy stripped the PAT)";
                yield return "  any other PAT / password            -> 401 AUTHENTICATED_FAILED (passwords count toward CAPTCHA)";
                yield return $"  OAuth service account (client credentials at /rest/oauth2/latest/token): {FakeAccounts.DcServiceClientId} / "
                    + $"{FakeAccounts.DcServiceClientSecret}";
                yield break;
            }
            yield return "Accounts (Cloud, Basic email:token):";
            yield return Row(FakeAccounts.AdminEmail, FakeAccounts.AdminClassicToken, "classic token: site OK, gateway 401");
            yield return Row(FakeAccounts.AdminEmail, FakeAccounts.AdminPassword, "password: 401 'Basic authentication with passwords is deprecated'");
            yield return Row(FakeAccounts.ScopedEmail, FakeAccounts.ScopedToken, "scoped token: site 401, gateway OK");
            yield return Row(FakeAccounts.LimitedEmail, FakeAccounts.LimitedToken, "scoped, missing scope: gateway 401 FAILURE_CLIENT_SCOPE_CHECK");
            yield return Row(FakeAccounts.ExpiredEmail, FakeAccounts.ExpiredToken, "expired: 401 AUTHENTICATED_FAILED, counts toward CAPTCHA");
            yield return Row(FakeAccounts.LockedEmail, FakeAccounts.LockedToken, "always CAPTCHA-locked: 403 AUTHENTICATION_DENIED");
            yield return Row(FakeAccounts.NoAccessEmail, FakeAccounts.NoAccessToken, "no product access: 403 on /myself");
            yield return "OAuth 2.0 (Auth: -AuthUri; tokens work through the gateway; refresh tokens are single-use, reuse revokes the chain):";
            yield return Row(FakeAccounts.OAuthClientId, FakeAccounts.OAuthClientSecret, "3LO app: consents at once as " + FakeAccounts.AdminDisplayName);
            yield return Row(FakeAccounts.ServiceClientId, FakeAccounts.ServiceClientSecret,
                "service account (client credentials): " + FakeAccounts.ServiceAccountDisplayName);
        }

        private static string Row(string email, string secret, string behaviour) => $"  {email,-24} {secret,-30} {behaviour}";
    }
}
