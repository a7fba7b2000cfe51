using System;

namespace JiraAuth.Core.Http
{
    /// <summary>Same scheme, host and port: the unit within which credentials may travel.</summary>
    internal static class OriginComparer
    {
        public static bool SameOrigin(Uri a, Uri b)
        {
            if (a == null || b == null || !a.IsAbsoluteUri || !b.IsAbsoluteUri) return false;
            return string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
                && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
                && a.Port == b.Port;
        }
    }
}
