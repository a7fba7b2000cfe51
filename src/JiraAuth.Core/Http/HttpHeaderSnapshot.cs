using System;
using System.Collections.Generic;
using System.Net.Http;

namespace JiraAuth.Core.Http
{
    /// <summary>Response and content headers as one case-insensitive dictionary; repeated values joined with ", ".</summary>
    internal static class HttpHeaderSnapshot
    {
        public static IReadOnlyDictionary<string, string> Of(HttpResponseMessage response)
        {
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var header in response.Headers) headers[header.Key] = string.Join(", ", header.Value);
            if (response.Content != null)
            {
                foreach (var header in response.Content.Headers) headers[header.Key] = string.Join(", ", header.Value);
            }
            return headers;
        }

    }
}
