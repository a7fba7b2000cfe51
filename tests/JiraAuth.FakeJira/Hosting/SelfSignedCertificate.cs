using System;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace JiraAuth.FakeJira.Hosting
{
    /// <summary>
    /// An untrusted certificate so clients hit a real TLS validation failure. Generated once per process:
    /// key generation is the slowest part of StartAsync and the tests do not care which cert they get.
    /// </summary>
    internal static class SelfSignedCertificate
    {
        private static readonly Lazy<X509Certificate2> Shared = new Lazy<X509Certificate2>(Create);

        public static X509Certificate2 Instance => Shared.Value;

        private static X509Certificate2 Create()
        {
            using ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var request = new CertificateRequest("CN=JiraAuth FakeJira self-signed", key, HashAlgorithmName.SHA256);
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            names.AddDnsName("localhost");
            request.CertificateExtensions.Add(names.Build());
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, false));
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(new OidCollection { new Oid("1.3.6.1.5.5.7.3.1") }, false));
            using X509Certificate2 ephemeral = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
            // Round-trip through PFX: SslStream on Windows refuses certificates whose key is ephemeral.
            return X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pfx), null);
        }
    }
}
