using System;

namespace JiraAuth.Core.Http
{
    /// <summary>
    /// How a URI may appear in messages and exception properties: scheme, host, port and path only.
    /// User info and query strings can carry credentials or tokens (a pasted `user:token@host`, a signed download link).
    /// </summary>
    public static class SafeUri
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

        private static string StripQuery(string text)
        {
            var cut = text.IndexOfAny(new[] { '?', '#' });
            text = cut >= 0 ? text.Substring(0, cut) : text;
            var at = text.LastIndexOf('@');
            return at >= 0 ? text.Substring(at + 1) : text;
        }
    }
}
