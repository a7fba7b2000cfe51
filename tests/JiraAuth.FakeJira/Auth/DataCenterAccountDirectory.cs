namespace JiraAuth.FakeJira.Auth
{
    internal static class DataCenterAccountDirectory
    {
        public static readonly FakeUser DcAdmin = new FakeUser
        {
            Name = FakeAccounts.DcUsername,
            Key = FakeAccounts.DcUserKey,
            EmailAddress = FakeAccounts.DcEmail,
            DisplayName = FakeAccounts.DcDisplayName,
            TimeZone = "Europe/Vienna",
            Locale = "de_AT",
        };
    }
}
