using JiraAuth.FakeJira.Http;

namespace JiraAuth.FakeJira.Hosting
{
    /// <summary>One Kestrel instance serves all origins; the local port of the connection tells them apart.</summary>
    internal sealed class ListenerPorts
    {
        public int Site { get; set; }
        public int Gateway { get; set; } = -1;
        public int Tls { get; set; } = -1;
        public int Auth { get; set; } = -1;

        public string OriginOf(int localPort)
        {
            if (localPort == Auth) { return RequestOrigin.Auth; }
            if (localPort == Gateway) { return RequestOrigin.Gateway; }
            if (localPort == Tls) { return RequestOrigin.Tls; }
            return RequestOrigin.Site;
        }
    }
}
