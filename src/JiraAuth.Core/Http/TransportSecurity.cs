using System.Net;

namespace JiraAuth.Core.Http
{
    /// <summary>
    /// Windows PowerShell 5.1 runs on .NET Framework, which may still default to TLS 1.0 where Atlassian requires 1.2.
    /// Adds TLS 1.2 to an explicit protocol list; leaves "system default" (and .NET Core, which ignores this) alone.
    /// </summary>
    internal static class TransportSecurity
    {
        public static void EnsureTls12()
        {
            var current = ServicePointManager.SecurityProtocol;
            if (current == 0 || (current & SecurityProtocolType.Tls12) != 0) return;
            ServicePointManager.SecurityProtocol = current | SecurityProtocolType.Tls12;
        }
    }
}
