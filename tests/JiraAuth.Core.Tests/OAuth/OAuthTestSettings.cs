using System;
using System.IO;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Http;
using JiraAuth.Core.OAuth;
using JiraAuth.Core.Sites;
using JiraAuth.FakeJira;

namespace JiraAuth.Core.Tests.OAuth
{
    /// <summary>Settings and clients pointed at a fake server's authorization server.</summary>
    internal static class OAuthTestSettings
    {
        public static ConnectionSettings For(FakeJiraServer server) => new ConnectionSettings
        {
            Site = JiraSite.Parse(server.SiteUri.ToString(), allowUnencryptedAuthentication: true),
            Endpoints = new JiraEndpoints(server.GatewayUri, server.AuthUri),
            Transport = new TransportSettings { AllowUnencrypted = true, Timeout = TimeSpan.FromSeconds(10) },
            Retry = new RetryOptions { MaxRetries = 1, InitialDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromSeconds(1) },
        };

        public static OAuthClientCredential App(string secret = FakeAccounts.OAuthClientSecret) =>
            new OAuthClientCredential(FakeAccounts.OAuthClientId, SecretText.FromString(secret));

        public static OAuthClientCredential ServiceAccount(string secret = FakeAccounts.ServiceClientSecret) =>
            new OAuthClientCredential(FakeAccounts.ServiceClientId, SecretText.FromString(secret));

        public static OAuthTokenClient CloudTokenClient(FakeJiraServer server, OAuthClientCredential client) =>
            new OAuthTokenClient(OAuthTokenEndpoint.ForCloud(server.AuthUri), client, Unencrypted);

        /// <summary>http on 127.0.0.1, 10 s per attempt.</summary>
        public static readonly TransportSettings Unencrypted = new TransportSettings { AllowUnencrypted = true, Timeout = TimeSpan.FromSeconds(10) };

        public static string NewLockDirectory() => Path.Combine(Path.GetTempPath(), "jiraauth-locks-" + Guid.NewGuid().ToString("N"));
    }
}
