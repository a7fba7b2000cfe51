using System;
using System.Net;
using System.Net.Http;
using JiraAuth.Core.Http;
using Xunit;

namespace JiraAuth.Core.Tests.Http
{
    public class PooledTransportTests
    {
        [Fact]
        public void On_dotnet_connections_are_pooled_kept_alive_and_retired_so_DNS_changes_are_seen()
        {
            using (var handler = Assert.IsType<SocketsHttpHandler>(PooledTransport.Create(null)))
            {
                Assert.Equal(PooledTransport.ConnectionLifetime, handler.PooledConnectionLifetime);
                Assert.NotEqual(System.Threading.Timeout.InfiniteTimeSpan, handler.PooledConnectionLifetime);
                Assert.False(handler.AllowAutoRedirect);
                Assert.False(handler.UseCookies);
                Assert.Equal(DecompressionMethods.GZip | DecompressionMethods.Deflate, handler.AutomaticDecompression);
            }
        }

        [Fact]
        public void Only_SocketsHttpHandler_is_known_to_ignore_ServicePointManager_so_any_other_transport_keeps_the_TLS_1_2_scope()
        {
            using (var sockets = PooledTransport.Create(null))
            using (var classic = new HttpClientHandler())
            {
                Assert.True(PooledTransport.IgnoresServicePointManager(sockets));
                Assert.False(PooledTransport.IgnoresServicePointManager(classic));
            }
        }

        [Fact]
        public void A_named_proxy_is_applied_to_the_pooled_handler()
        {
            var proxy = new ProxySettings { Address = new Uri("http://proxy.corp.example:3128") };
            using (var handler = Assert.IsType<SocketsHttpHandler>(PooledTransport.Create(proxy)))
            {
                Assert.True(handler.UseProxy);
                var webProxy = Assert.IsType<WebProxy>(handler.Proxy);
                Assert.Equal(new Uri("http://proxy.corp.example:3128"), webProxy.Address);
            }
        }
    }
}
