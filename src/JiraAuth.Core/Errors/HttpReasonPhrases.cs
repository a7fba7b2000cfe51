using System.Collections.Generic;

namespace JiraAuth.Core.Errors
{
    /// <summary>Standard reason phrases, for responses that carry none (HTTP/2 has no reason phrase on the wire).</summary>
    internal static class HttpReasonPhrases
    {
        private static readonly Dictionary<int, string> Phrases = new Dictionary<int, string>
        {
            [400] = "Bad Request", [401] = "Unauthorized", [403] = "Forbidden", [404] = "Not Found",
            [405] = "Method Not Allowed", [406] = "Not Acceptable", [408] = "Request Timeout", [409] = "Conflict",
            [410] = "Gone", [412] = "Precondition Failed", [413] = "Payload Too Large", [414] = "URI Too Long",
            [415] = "Unsupported Media Type", [422] = "Unprocessable Entity", [429] = "Too Many Requests",
            [500] = "Internal Server Error", [501] = "Not Implemented", [502] = "Bad Gateway",
            [503] = "Service Unavailable", [504] = "Gateway Timeout",
        };

        public static string For(int statusCode) => Phrases.TryGetValue(statusCode, out var phrase) ? phrase : string.Empty;
    }
}
