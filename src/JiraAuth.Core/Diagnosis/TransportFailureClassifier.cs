using System;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;

using JiraAuth.Core.Errors;

namespace JiraAuth.Core.Diagnosis
{
    /// <summary>Names what went wrong below HTTP: DNS, refused connection, TLS, timeout.</summary>
    internal static class TransportFailureClassifier
    {
        public static ProbeOutcome Classify(Exception error, Uri target)
        {
            var where = target == null ? "Jira" : JiraAuth.Core.Errors.SafeUri.Origin(target);
            if (error is TimeoutException)
            {
                return new ProbeOutcome(TokenStatus.Timeout, $"{where} did not answer in time.", null, detail: error.Message);
            }
            for (var e = error; e != null; e = e.InnerException)
            {
                if (e is AuthenticationException)
                {
                    return new ProbeOutcome(TokenStatus.TlsError, $"The TLS handshake with {where} failed: {e.Message}", null,
                        detail: ExceptionChain.Flatten(error, " -> "));
                }
                if (e is SocketException socket
                    && (socket.SocketErrorCode == SocketError.HostNotFound || socket.SocketErrorCode == SocketError.NoData
                    || socket.SocketErrorCode == SocketError.TryAgain))
                {
                    return new ProbeOutcome(TokenStatus.SiteNotFound, $"The host {target?.Host} could not be found in DNS.", null,
                        detail: ExceptionChain.Flatten(error, " -> "));
                }
            }
            if (error is HttpRequestException && ExceptionChain.Flatten(error, " -> ").IndexOf("SSL", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return new ProbeOutcome(TokenStatus.TlsError, $"The TLS handshake with {where} failed.", null, detail: ExceptionChain.Flatten(error, " -> "));
            }
            return new ProbeOutcome(TokenStatus.NetworkError, $"Could not reach {where}: {error.Message}", null, detail: ExceptionChain.Flatten(error, " -> "));
        }
    }
}
