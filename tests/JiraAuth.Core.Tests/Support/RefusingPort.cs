using System;
using System.Net;
using System.Net.Sockets;

namespace JiraAuth.Core.Tests.Support
{
    /// <summary>
    /// A loopback port that refuses connections and stays ours while the test runs: a socket bound to port 0 that never
    /// listens. (Picking a free port and releasing it would let another process take it before the test connects.)
    /// </summary>
    public sealed class RefusingPort : IDisposable
    {
        private readonly Socket _socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

        public RefusingPort()
        {
            _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            Port = ((IPEndPoint)_socket.LocalEndPoint).Port;
        }

        public int Port { get; }

        public void Dispose() => _socket.Dispose();
    }
}
