using System;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Http;
using JiraAuth.Core.Sites;
using JiraAuth.FakeJira;
using JiraAuth.Core.Connecting;

namespace JiraAuth.Core.Tests.Support
{
    /// <summary>Connection settings pointed at a fake Jira (plain http on 127.0.0.1, fast retries).</summary>
    internal static class FakeJiraSettings
    {
        /// <summary>A classic-token connection without validation, so tests see only their own requests in the log.</summary>
        public static JiraConnection ConnectWithClassicToken(FakeJiraServer server, string name)
        {
            var settings = For(server, AuthMode.ApiToken, FakeAccounts.AdminEmail, FakeAccounts.AdminClassicToken);
            return new JiraConnector(new CloudIdResolver()).ConnectAsync(name, settings, false,
                System.Threading.CancellationToken.None).GetAwaiter().GetResult().Connection;
        }

        public static ConnectionSettings For(FakeJiraServer server, AuthMode mode, string user, string secret, RetryOptions retry = null)
        {
            var credentialMode = mode == AuthMode.Auto ? (user == null ? AuthMode.PersonalAccessToken : AuthMode.ApiToken) : mode;
            return new ConnectionSettings
            {
                Site = JiraSite.Parse(server.SiteUri.ToString(), allowUnencryptedAuthentication: true),
                AuthMode = mode,
                Credential = JiraCredential.For(credentialMode, user, SecretText.FromString(secret)),
                Endpoints = new JiraEndpoints(server.GatewayUri ?? new Uri("http://127.0.0.1:9")),
                Transport = new TransportSettings { AllowUnencrypted = true, Timeout = TimeSpan.FromSeconds(10) },
                Retry = retry ?? new RetryOptions { MaxRetries = 2, InitialDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromSeconds(2),
                    Governor = new RateLimitGovernor() },
            };
        }
    }
}
