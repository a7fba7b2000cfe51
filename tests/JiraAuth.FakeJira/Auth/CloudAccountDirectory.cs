using System;
using System.Collections.Generic;

namespace JiraAuth.FakeJira.Auth
{
    internal static class CloudAccountDirectory
    {
        public static readonly FakeUser Admin = new FakeUser
        {
            AccountId = FakeAccounts.AdminAccountId,
            EmailAddress = FakeAccounts.AdminEmail,
            DisplayName = FakeAccounts.AdminDisplayName,
        };

        public static readonly FakeUser Scoped = new FakeUser
        {
            AccountId = FakeAccounts.ScopedAccountId,
            EmailAddress = FakeAccounts.ScopedEmail,
            DisplayName = FakeAccounts.ScopedDisplayName,
        };

        public static readonly FakeUser Limited = new FakeUser
        {
            AccountId = FakeAccounts.LimitedAccountId,
            EmailAddress = FakeAccounts.LimitedEmail,
            DisplayName = FakeAccounts.LimitedDisplayName,
        };

        public static readonly FakeUser NoAccess = new FakeUser
        {
            AccountId = FakeAccounts.NoAccessAccountId,
            EmailAddress = FakeAccounts.NoAccessEmail,
            DisplayName = FakeAccounts.NoAccessDisplayName,
            HasProductAccess = false,
        };

        private static readonly Dictionary<string, CloudAccount> ByEmail = Build();

        public static CloudAccount Find(string email) =>
            email != null && ByEmail.TryGetValue(email, out CloudAccount account) ? account : null;

        private static Dictionary<string, CloudAccount> Build()
        {
            var accounts = new[]
            {
                new CloudAccount { Email = FakeAccounts.AdminEmail, Token = FakeAccounts.AdminClassicToken, Kind = CredentialKind.ClassicToken, User = Admin },
                new CloudAccount { Email = FakeAccounts.ScopedEmail, Token = FakeAccounts.ScopedToken, Kind = CredentialKind.ScopedToken, User = Scoped },
                new CloudAccount { Email = FakeAccounts.LimitedEmail, Token = FakeAccounts.LimitedToken, Kind = CredentialKind.ScopedTokenMissingScope,
                    User = Limited },
                new CloudAccount { Email = FakeAccounts.ExpiredEmail, Token = FakeAccounts.ExpiredToken, Kind = CredentialKind.ExpiredToken },
                new CloudAccount { Email = FakeAccounts.LockedEmail, Token = FakeAccounts.LockedToken, Kind = CredentialKind.AlwaysLocked },
                new CloudAccount { Email = FakeAccounts.NoAccessEmail, Token = FakeAccounts.NoAccessToken, Kind = CredentialKind.NoProductAccess,
                    User = NoAccess },
            };
            var map = new Dictionary<string, CloudAccount>(StringComparer.OrdinalIgnoreCase);
            foreach (CloudAccount account in accounts) { map[account.Email] = account; }
            return map;
        }
    }
}
