using System;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;
using JiraAuth.Core.Diagnosis;
using Xunit;

namespace JiraAuth.Core.Tests.Diagnosis
{
    public class TransportFailureClassifierTests
    {
        private static readonly Uri Site = new Uri("https://acme.atlassian.net/rest/api/3/myself");

        [Theory]
        [InlineData(SocketError.HostNotFound)]
        [InlineData(SocketError.NoData)]
        public void AnUnknownHostIsSiteNotFound(SocketError error)
        {
            var outcome = TransportFailureClassifier.Classify(new HttpRequestException("Name or service not known", new SocketException((int)error)), Site);

            Assert.Equal(TokenStatus.SiteNotFound, outcome.Status);
            Assert.Contains("acme.atlassian.net", outcome.Message);
        }

        [Fact]
        public void ARefusedConnectionIsANetworkError() =>
            Assert.Equal(TokenStatus.NetworkError,
                TransportFailureClassifier.Classify(new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused)),
                Site).Status);

        [Fact]
        public void AFailedHandshakeIsATlsError()
        {
            var outcome = TransportFailureClassifier.Classify(new HttpRequestException("The SSL connection could not be established",
                new AuthenticationException("The remote certificate is invalid")), Site);

            Assert.Equal(TokenStatus.TlsError, outcome.Status);
            Assert.Contains("certificate", outcome.Message);
        }

        [Fact]
        public void AnExpiredAttemptIsATimeout() =>
            Assert.Equal(TokenStatus.Timeout, TransportFailureClassifier.Classify(new TimeoutException("did not answer"), Site).Status);
    }
}
