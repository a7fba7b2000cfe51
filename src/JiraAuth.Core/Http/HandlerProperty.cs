using System;
using System.Net.Http;

namespace JiraAuth.Core.Http
{
    /// <summary>Sets a property that HttpClientHandler and SocketsHttpHandler both have under the same name (netstandard2.0 can only name the first).</summary>
    internal static class HandlerProperty
    {
        public static void Set(HttpMessageHandler handler, string name, object value)
        {
            var property = handler.GetType().GetProperty(name);
            if (property == null || !property.CanWrite) throw new InvalidOperationException(handler.GetType().Name + " has no settable " + name + ".");
            property.SetValue(handler, value);
        }
    }
}
