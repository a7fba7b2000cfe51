using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Auth;
using JiraAuth.Core.OAuth;
using JiraAuth.FakeJira;
using JiraAuth.Core.Connecting;

namespace JiraAuth.Core.Tests.OAuth
{
    /// <summary>A 3LO consent without a browser: the test asks /authorize itself and reads the code from the redirect.</summary>
    internal static class SignIn
    {
        public static async Task<OAuthGrant> AsAdminAsync(FakeJiraServer server, OAuthTokenClient tokenClient, params string[] scopes)
        {
            var request = new AuthorizationRequest(FakeAccounts.OAuthClientId, scopes.Length == 0 ? new[] { "read:jira-work", "read:jira-user" } : scopes,
                new Uri("http://localhost:8765/callback"));
            var redirect = await FollowAuthorizeAsync(server, request);
            var code = AuthorizationCallback.ReadCode(redirect, request);
            return await OAuthConnector.ExchangeCodeAsync(tokenClient, code, request.RedirectUri, CancellationToken.None);
        }

        public static async Task<string> FollowAuthorizeAsync(FakeJiraServer server, AuthorizationRequest request)
        {
            using (var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }))
            using (var response = await http.GetAsync(request.BuildUri(server.AuthUri)))
            {
                if ((int)response.StatusCode != 302) throw new InvalidOperationException("authorize answered " + (int)response.StatusCode);
                return response.Headers.Location.ToString();
            }
        }
    }
}
