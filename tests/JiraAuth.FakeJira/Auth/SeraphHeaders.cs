using System.Collections.Generic;

namespace JiraAuth.FakeJira.Auth
{
    internal static class SeraphHeaders
    {
        public static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

        public static readonly IReadOnlyDictionary<string, string> Ok =
            new Dictionary<string, string> { ["X-Seraph-LoginReason"] = "OK" };

        public static readonly IReadOnlyDictionary<string, string> Failed =
            new Dictionary<string, string> { ["X-Seraph-LoginReason"] = "AUTHENTICATED_FAILED" };
    }
}
