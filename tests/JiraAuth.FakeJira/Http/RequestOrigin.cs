namespace JiraAuth.FakeJira.Http
{
    internal static class RequestOrigin
    {
        public const string Site = "site";
        public const string Gateway = "gateway";
        public const string Tls = "tls";
        public const string Auth = "auth";
    }
}
