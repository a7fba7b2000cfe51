using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using JiraAuth.FakeJira.Auth;
using JiraAuth.FakeJira.Http;
using Microsoft.AspNetCore.Http;

namespace JiraAuth.FakeJira.OAuth
{
    /// <summary>
    /// A strict stand-in for auth.atlassian.com (and Data Center's OAuth 2.0 provider): authorize redirects, the token
    /// endpoint (authorization code, refresh, client credentials), accessible-resources, and Bearer checks for the gateway
    /// and the DC site. Stricter than Atlassian by default: a refresh token works exactly once, and spending one twice
    /// revokes the whole chain, so any lost rotation shows up in tests. <see cref="RefreshReuseLeeway"/> gives it Atlassian's
    /// behaviour instead: a rotated token spent again within the leeway is answered; after it, the chain is revoked.
    /// </summary>
    public sealed class FakeAuthorizationServer
    {
        public const string AuthorizePath = "/authorize";
        public const string TokenPath = "/oauth/token";
        public const string AccessibleResourcesPath = "/oauth/token/accessible-resources";
        public const string DataCenterTokenPath = "/rest/oauth2/latest/token";

        private readonly object sync = new object();
        private readonly Dictionary<string, RegisteredClient> clients;
        private readonly Dictionary<string, (string ClientId, string RedirectUri, string Scope, DateTimeOffset ExpiresAt)> codes = new();
        private readonly Dictionary<string, RefreshChain> refreshTokens = new(StringComparer.Ordinal);
        private readonly Dictionary<string, IssuedAccessToken> accessTokens = new(StringComparer.Ordinal);
        private readonly List<RefreshChain> chains = new();
        private readonly List<string> issued = new();
        private readonly FakeJiraOptions options;

        internal FakeAuthorizationServer(FakeJiraOptions options)
        {
            this.options = options;
            AccessTokenLifetime = options.OAuthAccessTokenLifetime;
            RefreshReuseLeeway = options.OAuthRefreshReuseLeeway;
            var serviceUser = new FakeUser { AccountId = FakeAccounts.ServiceAccountId, DisplayName = FakeAccounts.ServiceAccountDisplayName,
                EmailAddress = FakeAccounts.ServiceAccountEmail };
            clients = new[]
            {
                new RegisteredClient
                {
                    ClientId = FakeAccounts.OAuthClientId, ClientSecret = FakeAccounts.OAuthClientSecret, Kind = OAuthClientKind.ThreeLeggedApp,
                    AllowedScopes = new HashSet<string> { "read:jira-work", "read:jira-user", "write:jira-work", "manage:jira-project", "offline_access" },
                    User = CloudAccountDirectory.Find(FakeAccounts.AdminEmail).User,
                },
                new RegisteredClient
                {
                    ClientId = FakeAccounts.ServiceClientId, ClientSecret = FakeAccounts.ServiceClientSecret, Kind = OAuthClientKind.CloudServiceAccount,
                    AllowedScopes = new HashSet<string> { "read:jira-work", "read:jira-user", "write:jira-work" }, User = serviceUser,
                },
                new RegisteredClient
                {
                    ClientId = FakeAccounts.DcServiceClientId, ClientSecret = FakeAccounts.DcServiceClientSecret,
                        Kind = OAuthClientKind.DataCenterServiceAccount,
                    AllowedScopes = new HashSet<string> { "READ", "WRITE", "ADMIN" }, User = DataCenterAccountDirectory.DcAdmin,
                },
            }.ToDictionary(c => c.ClientId, StringComparer.Ordinal);
        }

        /// <summary>How long issued access tokens live; tests shorten it to a few seconds. Reported as expires_in.</summary>
        public TimeSpan AccessTokenLifetime { get; set; }

        /// <summary>
        /// How long after its rotation a refresh token may be spent again without ending the sign-in. Zero (the default) is
        /// strict. Atlassian documents 10 minutes: "Reuse of old tokens outside the leeway interval invalidates all refresh
        /// tokens" (https://community.developer.atlassian.com/t/updated-31-january-2022-action-required-deprecating-persistent-refresh-tokens/54172).
        /// </summary>
        public TimeSpan RefreshReuseLeeway { get; set; }

        /// <summary>The person clicks "Decline": /authorize redirects with error=access_denied.</summary>
        public bool DeclineConsent { get; set; }

        /// <summary>The next refresh answers without refresh_token (Atlassian does this now and then); the spent token stays valid.</summary>
        public bool OmitRefreshTokenOnNextRefresh { get; set; }

        /// <summary>Sites accessible-resources lists besides this server's own Cloud site.</summary>
        public List<AccessibleResource> ExtraResources { get; } = new List<AccessibleResource>();

        /// <summary>Filled in by the server once its addresses are known.</summary>
        internal string SiteUrl { get; set; }

        public int RefreshGrants { get; private set; }
        public int ClientCredentialsGrants { get; private set; }
        public int CodeGrants { get; private set; }

        public IReadOnlyList<RefreshChain> Chains
        {
            get { lock (sync) return chains.ToList(); }
        }

        /// <summary>Whether <paramref name="refreshToken"/> would be accepted now: issued, its chain alive, and not yet spent (or spent within the leeway).</summary>
        public bool CanRefresh(string refreshToken)
        {
            lock (sync)
            {
                if (refreshToken == null || !refreshTokens.TryGetValue(refreshToken, out var chain) || chain.Revoked) return false;
                return !chain.Spent.TryGetValue(refreshToken, out DateTimeOffset spentAt) || DateTimeOffset.UtcNow - spentAt < RefreshReuseLeeway;
            }
        }

        /// <summary>Every authorization code, access token and refresh token issued so far, spent or not (for leak searches).</summary>
        public IReadOnlyList<string> IssuedSecrets
        {
            get { lock (sync) return issued.ToList(); }
        }

        /// <summary>Every access token issued so far is treated as expired (as if an hour passed).</summary>
        public void ExpireAccessTokens()
        {
            lock (sync) accessTokens.Clear();
        }

        /// <summary>The person withdraws consent (or changes their password): every chain stops working.</summary>
        public void RevokeAllChains()
        {
            lock (sync)
            {
                foreach (var chain in chains) Revoke(chain);
            }
        }

        internal IReadOnlyList<AccessibleResource> Resources =>
            new[] { new AccessibleResource { Id = options.CloudId, Name = "acme", Url = SiteUrl } }.Concat(ExtraResources).ToList();

        /// <summary>Who a Bearer token belongs to, or null when it is unknown or expired.</summary>
        internal FakeUser Authenticate(string bearer, bool dataCenter)
        {
            lock (sync)
            {
                if (bearer == null || !accessTokens.TryGetValue(bearer, out var token)) return null;
                if (token.ExpiresAt <= DateTimeOffset.UtcNow)
                {
                    accessTokens.Remove(bearer);
                    return null;
                }
                return (token.Kind == OAuthClientKind.DataCenterServiceAccount) == dataCenter ? token.User : null;
            }
        }

        /// <summary>The handler when the request is one of ours (not started yet, so it can be logged first); null lets the Jira pipeline go on.</summary>
        internal Func<Task> Route(HttpContext context, FakeRequestState state, string fullPath)
        {
            string method = context.Request.Method;
            if (state.Origin == RequestOrigin.Auth)
            {
                if (method == "GET" && fullPath == AuthorizePath) return () => Authorize(context);
                if (method == "POST" && fullPath == TokenPath) return () => Token(context, dataCenter: false);
                return () => JiraResponse.Json(context, 404, new JsonObject { ["error"] = "not_found" });
            }
            if (state.IsGateway && method == "GET" && fullPath == AccessibleResourcesPath) return () => AccessibleResources(context);
            if (options.Deployment == FakeDeployment.DataCenter && method == "POST"
                && fullPath.Equals(options.NormalizedContextPath + DataCenterTokenPath, StringComparison.OrdinalIgnoreCase))
            {
                return () => Token(context, dataCenter: true);
            }
            return null;
        }

        private Task Authorize(HttpContext context)
        {
            IQueryCollection query = context.Request.Query;
            string clientId = query["client_id"], redirect = query["redirect_uri"], state = query["state"], scope = query["scope"];
            if (!clients.TryGetValue(clientId ?? "", out var client) || client.Kind != OAuthClientKind.ThreeLeggedApp)
            {
                return JiraResponse.Text(context, 400, JiraResponse.HtmlContentType, "<html><body>Invalid client_id</body></html>");
            }
            if (query["response_type"] != "code" || string.IsNullOrEmpty(redirect) || !Uri.TryCreate(redirect, UriKind.Absolute, out _))
            {
                return JiraResponse.Text(context, 400, JiraResponse.HtmlContentType,
                    "<html><body>Invalid request: response_type=code and an absolute redirect_uri are required</body></html>");
            }
            string separator = redirect.Contains('?') ? "&" : "?";
            string location;
            if (DeclineConsent)
            {
                location = redirect + separator + "error=access_denied&error_description=" + Uri.EscapeDataString("The user denied access") + "&state="
                    + Uri.EscapeDataString(state ?? "");
            }
            else
            {
                string code = NewSecret("fake-code-");
                lock (sync) codes[code] = (clientId, redirect, scope ?? "", DateTimeOffset.UtcNow.AddMinutes(10));
                location = redirect + separator + "code=" + Uri.EscapeDataString(code) + "&state=" + Uri.EscapeDataString(state ?? "");
            }
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = location;
            return Task.CompletedTask;
        }

        private async Task Token(HttpContext context, bool dataCenter)
        {
            Dictionary<string, string> form = await ReadParameters(context.Request, dataCenter);
            if (form == null)
            {
                await Error(context, 400, "invalid_request", dataCenter ? "Parameters must be form-encoded (application/x-www-form-urlencoded)"
                    : "Unreadable request body");
                return;
            }
            string grant = Get(form, "grant_type");
            if (!clients.TryGetValue(Get(form, "client_id") ?? "", out var client) || client.ClientSecret != Get(form, "client_secret"))
            {
                // Atlassian answers a wrong or missing secret with access_denied; Data Center with invalid_client.
                await Error(context, 401, dataCenter ? "invalid_client" : "access_denied", "Unauthorized");
                return;
            }
            if (dataCenter != (client.Kind == OAuthClientKind.DataCenterServiceAccount))
            {
                await Error(context, 401, dataCenter ? "invalid_client" : "access_denied", "Unauthorized");
                return;
            }
            switch (grant)
            {
                case "client_credentials" when client.Kind != OAuthClientKind.ThreeLeggedApp:
                    await ClientCredentials(context, client, Get(form, "scope"));
                    return;
                case "authorization_code" when client.Kind == OAuthClientKind.ThreeLeggedApp:
                    await AuthorizationCode(context, client, Get(form, "code"), Get(form, "redirect_uri"));
                    return;
                case "refresh_token" when client.Kind == OAuthClientKind.ThreeLeggedApp:
                    await Refresh(context, client, Get(form, "refresh_token"));
                    return;
                default:
                    await Error(context, 400, "unsupported_grant_type", "Grant type '" + grant + "' is not supported for this client");
                    return;
            }
        }

        private Task ClientCredentials(HttpContext context, RegisteredClient client, string scope)
        {
            string[] requested = Split(scope);
            if (requested.Any(s => !client.AllowedScopes.Contains(s)))
            {
                return Error(context, 400, "invalid_scope", "The requested scope is invalid, unknown, or malformed");
            }
            string granted = requested.Length > 0 ? string.Join(" ", requested) : string.Join(" ", client.AllowedScopes);
            lock (sync) ClientCredentialsGrants++;
            return Grant(context, client, granted, refreshToken: null);
        }

        private Task AuthorizationCode(HttpContext context, RegisteredClient client, string code, string redirectUri)
        {
            string scope;
            lock (sync)
            {
                if (code == null || !codes.TryGetValue(code, out var issued) || issued.ClientId != client.ClientId || issued.ExpiresAt < DateTimeOffset.UtcNow)
                {
                    return Error(context, 403, "invalid_grant", "Invalid authorization code");
                }
                codes.Remove(code);
                if (issued.RedirectUri != redirectUri)
                {
                    return Error(context, 403, "invalid_grant", "redirect_uri does not match the authorization request");
                }
                string[] requested = Split(issued.Scope);
                if (requested.Any(s => !client.AllowedScopes.Contains(s)))
                {
                    return Error(context, 400, "invalid_scope", "The requested scope is invalid, unknown, or malformed");
                }
                scope = string.Join(" ", requested);
                CodeGrants++;
            }
            string refresh = null;
            if (Split(scope).Contains("offline_access"))
            {
                lock (sync)
                {
                    var chain = new RefreshChain(chains.Count + 1, client.ClientId, scope);
                    chains.Add(chain);
                    refresh = Issue(chain);
                }
            }
            return Grant(context, client, scope, refresh);
        }

        private Task Refresh(HttpContext context, RegisteredClient client, string token)
        {
            string next;
            RefreshChain chain;
            lock (sync)
            {
                if (token == null || !refreshTokens.TryGetValue(token, out chain) || chain.ClientId != client.ClientId)
                {
                    return Error(context, 403, "invalid_grant", "Unknown or invalid refresh token.");
                }
                if (chain.Revoked)
                {
                    return Error(context, 403, "unauthorized_client", "refresh_token is invalid");
                }
                if (chain.Spent.TryGetValue(token, out DateTimeOffset spentAt))
                {
                    chain.Reuses++;
                    if (DateTimeOffset.UtcNow - spentAt >= RefreshReuseLeeway)
                    {
                        // Reuse of a rotated token outside the leeway: Atlassian kills every token of the grant.
                        Revoke(chain);
                        return Error(context, 403, "invalid_grant", "Unknown or invalid refresh token.");
                    }
                }
                RefreshGrants++;
                chain.Refreshes++;
                if (OmitRefreshTokenOnNextRefresh)
                {
                    OmitRefreshTokenOnNextRefresh = false;
                    next = null;
                }
                else
                {
                    chain.Spent.TryAdd(token, DateTimeOffset.UtcNow);
                    next = Issue(chain);
                }
            }
            return Grant(context, client, chain.Scope, next);
        }

        private Task Grant(HttpContext context, RegisteredClient client, string scope, string refreshToken)
        {
            string access = NewSecret("fake-at-");
            TimeSpan lifetime = AccessTokenLifetime;
            lock (sync)
            {
                accessTokens[access] = new IssuedAccessToken { User = client.User, ExpiresAt = DateTimeOffset.UtcNow + lifetime, Scope = scope,
                    Kind = client.Kind };
            }
            var body = new JsonObject
            {
                ["access_token"] = access,
                ["expires_in"] = Math.Max(1, (int)Math.Round(lifetime.TotalSeconds)),
                ["token_type"] = "Bearer",
                ["scope"] = scope,
            };
            if (refreshToken != null) body["refresh_token"] = refreshToken;
            context.Response.Headers.CacheControl = "no-store";
            return JiraResponse.Json(context, 200, body);
        }

        private Task AccessibleResources(HttpContext context)
        {
            string header = context.Request.Headers.Authorization;
            Credential credential = CredentialParser.Parse(header);
            if (credential == null || !credential.IsBearer || Authenticate(credential.Secret, dataCenter: false) == null)
            {
                return JiraResponse.Json(context, 401, ErrorBodies.Gateway(401, "Unauthorized"));
            }
            var list = new JsonArray();
            foreach (AccessibleResource resource in Resources)
            {
                list.Add(new JsonObject
                {
                    ["id"] = resource.Id,
                    ["url"] = resource.Url,
                    ["name"] = resource.Name,
                    ["scopes"] = new JsonArray(resource.Scopes.Select(s => (JsonNode)JsonValue.Create(s)).ToArray()),
                    ["avatarUrl"] = "https://site-admin-avatar-cdn.prod.public.atl-paas.net/avatars/240/flag.png",
                });
            }
            return JiraResponse.Json(context, 200, list);
        }

        private string Issue(RefreshChain chain)
        {
            string token = NewSecret("fake-rt-");
            refreshTokens[token] = chain;
            chain.LiveToken = token;
            return token;
        }

        private static void Revoke(RefreshChain chain)
        {
            chain.Revoked = true;
            chain.LiveToken = null;
        }

        private static async Task<Dictionary<string, string>> ReadParameters(HttpRequest request, bool formOnly)
        {
            string type = request.ContentType ?? "";
            if (type.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
            {
                IFormCollection form = await request.ReadFormAsync();
                return form.ToDictionary(p => p.Key, p => (string)p.Value, StringComparer.Ordinal);
            }
            if (formOnly || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)) return null;
            try
            {
                JsonObject json = (await JsonNode.ParseAsync(request.Body)) as JsonObject;
                return json?.Where(p => p.Value is JsonValue).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
            }
            catch (JsonException)
            {
                return null;
            }
        }

        private static string Get(Dictionary<string, string> form, string key) => form.TryGetValue(key, out var value) ? value : null;

        private static string[] Split(string scope) => (scope ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);

        private static Task Error(HttpContext context, int status, string error, string description) =>
            JiraResponse.Json(context, status, new JsonObject { ["error"] = error, ["error_description"] = description });

        private string NewSecret(string prefix)
        {
            string secret = prefix + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
            lock (sync) issued.Add(secret);
            return secret;
        }
    }
}
