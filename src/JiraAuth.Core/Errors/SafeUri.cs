using System;


namespace JiraAuth.Core.Errors
{
    /// <summary>
    /// How a URI may appear in messages and exception properties: scheme, host, port and path only.
    /// User info and query strings can carry credentials or tokens (a pasted `user:token@host`, a signed download link).
    /// </summary>
    internal static class SafeUri
    {
        public static string Describe(Uri uri)
        {
            if (uri == null) return "(none)";
            if (!uri.IsAbsoluteUri) return StripQuery(uri.OriginalString);
            return uri.Scheme + "://" + uri.Authority + uri.AbsolutePath;
        }

        public static string Origin(Uri uri) => uri == null ? "(none)" : !uri.IsAbsoluteUri ? "(relative)" : uri.Scheme + "://" + uri.Authority;

        /// <summary>The same address without user info, query or fragment; null stays null.</summary>
        public static Uri Strip(Uri uri)
        {
            if (uri == null) return null;
            return uri.IsAbsoluteUri ? new Uri(Describe(uri)) : new Uri(StripQuery(uri.OriginalString), UriKind.Relative);
        }

        /// <summary>
        /// Text a user typed as a site, URL or path, fit for an error's target or a message: user info, query and
        /// fragment removed (a pasted 'https://admin:token@acme.atlassian.net' becomes 'https://acme.atlassian.net'),
        /// line breaks shown as \r \n. An '@' later in a path (user/search/me@example.com) is kept.
        /// </summary>
        public static string DescribeText(string text)
        {
            if (text == null) return null;
            var trimmed = text.Trim();
            if (Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                return Describe(uri);
            }
            var cut = trimmed.IndexOfAny(new[] { '?', '#' });
            if (cut >= 0) trimmed = trimmed.Substring(0, cut);
            // After "//" (a scheme or a scheme-relative address) everything up to the last '@' may be user info, even
            // a password with a '/' in it; without "//" only the first segment can be (admin:token@acme).
            var doubleSlash = trimmed.IndexOf("//", StringComparison.Ordinal);
            var hasAuthority = doubleSlash >= 0 && doubleSlash == trimmed.IndexOf('/');
            var start = hasAuthority ? doubleSlash + 2 : 0;
            var end = hasAuthority ? trimmed.Length : (trimmed.IndexOf('/') < 0 ? trimmed.Length : trimmed.IndexOf('/'));
            var at = end > start ? trimmed.LastIndexOf('@', end - 1, end - start) : -1;
            if (at >= 0) trimmed = trimmed.Substring(0, start) + trimmed.Substring(at + 1);
            return trimmed.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\0", "\\0");
        }

        private static string StripQuery(string text)
        {
            var cut = text.IndexOfAny(new[] { '?', '#' });
            text = cut >= 0 ? text.Substring(0, cut) : text;
            var at = text.LastIndexOf('@');
            return at >= 0 ? text.Substring(at + 1) : text;
        }
    }
}
