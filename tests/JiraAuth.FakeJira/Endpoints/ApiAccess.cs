namespace JiraAuth.FakeJira.Endpoints
{
    internal enum ApiAccess
    {
        /// <summary>Answers anonymous callers and callers with bad credentials (like serverInfo).</summary>
        Public,

        /// <summary>Needs an authenticated user with Jira product access.</summary>
        Protected,
    }
}
