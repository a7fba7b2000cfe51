using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace JiraAuth.Core.Sites
{
    /// <summary>
    /// Validates the host part of a site by hand, because System.Uri accepts hosts (underscores, non-ASCII,
    /// odd numeric forms such as "1.2.3") that would later fail in DNS with a far less helpful message.
    /// </summary>
    internal static class HostName
    {
        private const int MaxHostLength = 253;
        private const int MaxLabelLength = 63;

        /// <summary>True for a DNS name made of letters, digits and inner hyphens, or a dotted IPv4 literal.</summary>
        public static bool IsValidNameOrIPv4(string host)
        {
            if (string.IsNullOrEmpty(host) || host.Length > MaxHostLength) return false;
            var labels = host.Split('.');
            foreach (var label in labels)
            {
                if (!IsValidLabel(label)) return false;
            }
            // An all-digit last label is only meaningful as part of an IPv4 literal; "999.1.1.1" or "1.2.3" is a typo, not a host.
            return !AsciiDigits.IsAllDigits(labels[labels.Length - 1]) || IsDottedIPv4(host);
        }

        public static bool IsValidIPv6Literal(string bracketedHost)
        {
            if (bracketedHost.Length < 3 || bracketedHost[0] != '[' || bracketedHost[bracketedHost.Length - 1] != ']') return false;
            var inner = bracketedHost.Substring(1, bracketedHost.Length - 2);
            return IPAddress.TryParse(inner, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6;
        }

        public static bool IsSingleLabel(string host) => host.IndexOf('.') < 0 && !host.StartsWith("[", System.StringComparison.Ordinal);

        private static bool IsValidLabel(string label)
        {
            if (label.Length == 0 || label.Length > MaxLabelLength) return false;
            if (label[0] == '-' || label[label.Length - 1] == '-') return false;
            foreach (var c in label)
            {
                var isAsciiLetterOrDigit = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
                if (!isAsciiLetterOrDigit && c != '-') return false;
            }
            return true;
        }

        private static bool IsDottedIPv4(string host)
        {
            var parts = host.Split('.');
            if (parts.Length != 4) return false;
            foreach (var part in parts)
            {
                if (part.Length == 0 || part.Length > 3 || !AsciiDigits.IsAllDigits(part)) return false;
                if (int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture) > 255) return false;
            }
            return true;
        }
    }
}
