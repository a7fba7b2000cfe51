using System;
using System.Text;

namespace JiraAuth.FakeJira.Auth
{
    internal static class CredentialParser
    {
        /// <summary>Returns null when there is no usable Authorization header, which Jira treats as anonymous.</summary>
        public static Credential Parse(string header)
        {
            if (string.IsNullOrWhiteSpace(header))
            {
                return null;
            }
            header = header.Trim();
            if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                return new Credential { IsBearer = true, Secret = header.Substring(7).Trim() };
            }
            if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
            string decoded;
            try
            {
                // Jira decodes Basic as UTF-8; clients that use Latin-1 will fail the non-ASCII DC password, which is the point.
                decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Substring(6).Trim()));
            }
            catch (FormatException)
            {
                return new Credential { UserName = "", Secret = "" };
            }
            int colon = decoded.IndexOf(':');
            return colon < 0
                ? new Credential { UserName = decoded, Secret = "" }
                : new Credential { UserName = decoded.Substring(0, colon), Secret = decoded.Substring(colon + 1) };
        }
    }
}
