using System;
using JiraAuth.Core.Errors;

namespace JiraAuth.Core.Http
{
    /// <summary>
    /// Checks caller-supplied headers before anything is sent: no hand-built Authorization (the connection signs
    /// requests), no header injection, and only what HTTP can carry (a token name, an ASCII value). A value .NET cannot
    /// write would otherwise fail inside the transport, looking like a network failure.
    /// </summary>
    internal static class CustomHeaderValidator
    {
        private const string NameSymbols = "!#$%&'*+-.^_`|~";

        public static void Validate(string name, string value)
        {
            if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A header name is empty.");
            if (string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "Cookie", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"Do not pass an '{name}' header: the connection authenticates every request itself.")
                    .With(RemedyKind.ChooseCredentialByConnecting);
            }
            if (string.Equals(name, "Host", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException("Do not pass a 'Host' header: the connection's site decides where the request goes.");
            }
            if (ContainsControl(name) || ContainsControl(value ?? string.Empty))
            {
                throw new ArgumentException($"The header '{Printable(name)}' contains a line break or NUL character; remove it.");
            }
            if (!IsToken(name))
            {
                throw new ArgumentException($"'{Printable(name)}' is not a valid header name: use ASCII letters, digits and - (for example 'X-Note').");
            }
            var bad = FirstUnsendable(value ?? string.Empty);
            if (bad >= 0)
            {
                // The value itself is not echoed: a header may carry a secret.
                throw new ArgumentException($"The value of header '{name}' contains a character HTTP headers cannot carry "
                    + $"(position {bad + 1}; only printable ASCII is allowed).").With(RemedyKind.EncodeHeaderValue);
            }
        }

        private static bool ContainsControl(string text) => text.IndexOf('\r') >= 0 || text.IndexOf('\n') >= 0 || text.IndexOf('\0') >= 0;

        private static bool IsToken(string name)
        {
            foreach (var c in name)
            {
                var ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || NameSymbols.IndexOf(c) >= 0;
                if (!ok) return false;
            }
            return true;
        }

        private static int FirstUnsendable(string value)
        {
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (c != '\t' && (c < 0x20 || c > 0x7E)) return i;
            }
            return -1;
        }

        private static string Printable(string text)
        {
            var chars = text.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                if (chars[i] < 0x20 || chars[i] > 0x7E) chars[i] = '?';
            }
            return new string(chars);
        }
    }
}
