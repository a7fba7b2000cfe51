using System.Net.Http;

namespace JiraAuth.Core.Http
{
    /// <summary>Per-request instructions from the client to its pipeline stages, carried in HttpRequestMessage.Properties.</summary>
    internal static class RequestFlags
    {
        private const string StreamingKey = "JiraAuth.StreamResponse";
        private const string NotRepeatableKey = "JiraAuth.BodyNotRepeatable";

        /// <summary>The caller streams the body itself (downloads): the timeout stage must not buffer it.</summary>
        public static void MarkStreaming(HttpRequestMessage request) => request.Properties[StreamingKey] = true;

        public static bool IsStreaming(HttpRequestMessage request) => request.Properties.ContainsKey(StreamingKey);

        /// <summary>The body is a stream that cannot rewind, so the request cannot be sent twice.</summary>
        public static void MarkNotRepeatable(HttpRequestMessage request) => request.Properties[NotRepeatableKey] = true;

        public static bool IsRepeatable(HttpRequestMessage request) => !request.Properties.ContainsKey(NotRepeatableKey);
    }
}
