using System;

namespace JiraAuth.Core.Http
{
    /// <summary>Checks caller-supplied headers: no hand-built Authorization (the connection signs requests), no header injection.</summary>
    internal static class CustomHeaderValidator
    {
        public static void Validate(string name, string value)
        {
            if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A header name is empty.");
            if (string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "Cookie", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"Do not pass an '{name}' header: the connection authenticates every request itself. Use Connect-JiraCloud to choose the credential.");
            }
            if (string.Equals(name, "Host", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException("Do not pass a 'Host' header: the connection's site decides where the request goes.");
            }
            if (ContainsControl(name) || ContainsControl(value ?? string.Empty))
            {
                throw new ArgumentException($"The header '{name.Replace("\r", "").Replace("\n", "")}' contains a line break or NUL character; remove it.");
            }
        }

        private static bool ContainsControl(string text) => text.IndexOf('\r') >= 0 || text.IndexOf('\n') >= 0 || text.IndexOf('\0') >= 0;
    }
}
