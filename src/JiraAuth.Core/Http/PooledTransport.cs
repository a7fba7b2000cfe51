using System;
using System.Net;
using System.Net.Http;
using System.Reflection;

namespace JiraAuth.Core.Http
{
    /// <summary>
    /// The innermost handler of a connection: one per connection, connections kept alive between requests. On .NET it is a
    /// SocketsHttpHandler whose pooled connections are retired after <see cref="ConnectionLifetime"/>, so a site that moves
    /// (a DNS change) is reached at its new address without restarting PowerShell; netstandard2.0 cannot name that type, so
    /// it is made by reflection. .NET Framework (Windows PowerShell 5.1) gets HttpClientHandler.
    /// </summary>
    internal static class PooledTransport
    {
        public static readonly TimeSpan ConnectionLifetime = TimeSpan.FromMinutes(5);

        private static readonly Type SocketsHandlerType = Type.GetType("System.Net.Http.SocketsHttpHandler, System.Net.Http", throwOnError: false);

        public static HttpMessageHandler Create(ProxySettings proxy)
        {
            var sockets = NewSocketsHandler();
            HttpMessageHandler handler = sockets ?? new HttpClientHandler { UseDefaultCredentials = false };
            HandlerProperty.Set(handler, "AllowAutoRedirect", false);
            HandlerProperty.Set(handler, "UseCookies", false);
            HandlerProperty.Set(handler, "AutomaticDecompression", DecompressionMethods.GZip | DecompressionMethods.Deflate);
            if (sockets != null) HandlerProperty.Set(handler, "PooledConnectionLifetime", ConnectionLifetime);
            proxy?.ApplyTo(handler);
            return handler;
        }

        /// <summary>True for .NET's SocketsHttpHandler, which takes its TLS versions from the OS, never from ServicePointManager.</summary>
        public static bool IgnoresServicePointManager(HttpMessageHandler handler) => SocketsHandlerType != null && SocketsHandlerType.IsInstanceOfType(handler);

        private static HttpMessageHandler NewSocketsHandler()
        {
            if (SocketsHandlerType == null) return null;
            var supported = SocketsHandlerType.GetProperty("IsSupported", BindingFlags.Public | BindingFlags.Static);
            if (supported != null && !(bool)supported.GetValue(null)) return null;
            return (HttpMessageHandler)Activator.CreateInstance(SocketsHandlerType);
        }
    }
}
