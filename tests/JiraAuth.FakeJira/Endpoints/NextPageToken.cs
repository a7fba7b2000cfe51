using System;
using System.Globalization;
using System.Text;

namespace JiraAuth.FakeJira.Endpoints
{
    /// <summary>
    /// Opaque-looking paging tokens. Real ones are long base64 strings starting "ChkjU3RyaW5n"; clients must pass
    /// them back verbatim, so the fake makes them look similar and rejects anything it did not issue. A token holds the id of
    /// the last issue handed out (the next page starts after it), so issues created or deleted during an export neither shift
    /// nor repeat the pages that follow.
    /// </summary>
    internal static class NextPageToken
    {
        private const string Marker = "\n\u0019#String&fake-after-id=";

        public static string Encode(long afterId, string jql)
        {
            string payload = Marker + afterId.ToString(CultureInfo.InvariantCulture) + "&jql-hash=" + StableHash(jql);
            return Convert.ToBase64String(Encoding.UTF8.GetBytes(payload)).TrimEnd('=');
        }

        public static bool TryDecode(string token, string jql, out long afterId)
        {
            afterId = 0;
            try
            {
                string padded = token.PadRight(token.Length + (4 - token.Length % 4) % 4, '=');
                string payload = Encoding.UTF8.GetString(Convert.FromBase64String(padded));
                if (!payload.StartsWith(Marker, StringComparison.Ordinal))
                {
                    return false;
                }
                string[] parts = payload.Substring(Marker.Length).Split("&jql-hash=");
                return parts.Length == 2 && parts[1] == StableHash(jql)
                    && long.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out afterId) && afterId >= 0;
            }
            catch (FormatException)
            {
                return false;
            }
        }

        // string.GetHashCode is randomised per process; tokens must survive a server restart in the CLI.
        private static string StableHash(string text)
        {
            uint hash = 2166136261;
            foreach (char c in text ?? "") { hash = (hash ^ c) * 16777619; }
            return hash.ToString("x8", CultureInfo.InvariantCulture);
        }
    }
}
