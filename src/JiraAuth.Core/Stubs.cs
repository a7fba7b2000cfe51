// TEMPORARY — replaced by the core-basics branch. Never commit.
using System;
using System.Net.Http.Headers;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Http;
namespace JiraAuth.Core.Auth
{
    public sealed class SecretText { public static SecretText FromString(string s) => new SecretText { v = s }; string v; public string Reveal() => v; public override string ToString() => "********"; public bool IsEmpty => string.IsNullOrEmpty(v); }
    public sealed class JiraCredential { public string UserName { get; set; } public SecretText Secret { get; set; } }
    public static class AuthorizationHeaderFactory { public static AuthenticationHeaderValue Create(AuthMode mode, JiraCredential c) => new AuthenticationHeaderValue("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(c.UserName + ":" + c.Secret.Reveal()))); }
}
namespace JiraAuth.Core.Errors
{
    public static class JiraErrorDecoder { public static JiraApiException Decode(JiraResponse r) => new JiraApiException("x", r.StatusCode, r.Method.Method, r.RequestUri, null, null, null, null, null); }
    public static class RateLimitHeaders { public static RateLimitInfo Parse(System.Collections.Generic.IReadOnlyDictionary<string, string> h) => new RateLimitInfo(); }
}
