using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace JiraAuth.Core.OAuth
{
    /// <summary>
    /// Talks to a token endpoint: client credentials, refresh and authorization-code grants. Token requests are never
    /// retried: a refresh the server saw but whose answer was lost has already rotated the token, and resending the old
    /// one would count as reuse.
    /// </summary>
    public sealed class OAuthTokenClient : IDisposable
    {
        private static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(1);
        private readonly HttpClient _http;
        private readonly Func<DateTimeOffset> _clock;

        public OAuthTokenClient(OAuthTokenEndpoint endpoint, OAuthClientCredential client, TimeSpan timeout, bool allowUnencrypted = false,
            HttpMessageHandler transport = null, Func<DateTimeOffset> clock = null, ProxySettings proxy = null)
        {
            Endpoint = endpoint ?? throw new ArgumentNullException(nameof(endpoint));
            Client = client ?? throw new ArgumentNullException(nameof(client));
            if (endpoint.TokenUri.Scheme != Uri.UriSchemeHttps && !allowUnencrypted)
            {
                throw new ArgumentException($"{SafeUri.Origin(endpoint.TokenUri)} is not https: the client secret would travel unencrypted.")
                    .With(RemedyKind.UseHttpsEndpoint);
            }
            var handler = new Tls12Handler { InnerHandler = transport ?? NewTransport(proxy) };
            _http = new HttpClient(handler, disposeHandler: true) { Timeout = timeout <= TimeSpan.Zero ? TimeSpan.FromSeconds(100) : timeout };
            _clock = clock ?? (() => DateTimeOffset.UtcNow);
        }

        private static HttpClientHandler NewTransport(ProxySettings proxy)
        {
            var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false, UseDefaultCredentials = false };
            proxy?.ApplyTo(handler);
            return handler;
        }

        public OAuthTokenEndpoint Endpoint { get; }
        public OAuthClientCredential Client { get; }

        public Task<OAuthGrant> ClientCredentialsAsync(IReadOnlyList<string> scopes, CancellationToken cancellationToken)
        {
            var parameters = Parameters("client_credentials");
            if (scopes != null && scopes.Count > 0) parameters.Add(Pair("scope", string.Join(" ", scopes)));
            return RequestAsync(parameters, cancellationToken);
        }

        public Task<OAuthGrant> RefreshAsync(SecretText refreshToken, CancellationToken cancellationToken)
        {
            if (refreshToken == null || refreshToken.IsEmpty) throw new ArgumentException("A refresh token is required.", nameof(refreshToken));
            var parameters = Parameters("refresh_token");
            parameters.Add(Pair("refresh_token", refreshToken.Reveal()));
            return RequestAsync(parameters, cancellationToken);
        }

        public Task<OAuthGrant> ExchangeCodeAsync(SecretText code, Uri redirectUri, CancellationToken cancellationToken)
        {
            if (code == null || code.IsEmpty) throw new ArgumentException("An authorization code is required.", nameof(code));
            var parameters = Parameters("authorization_code");
            parameters.Add(Pair("code", code.Reveal()));
            parameters.Add(Pair("redirect_uri", redirectUri.ToString()));
            return RequestAsync(parameters, cancellationToken);
        }

        public void Dispose() => _http.Dispose();

        private List<KeyValuePair<string, string>> Parameters(string grantType) => new List<KeyValuePair<string, string>>
        {
            Pair("grant_type", grantType),
            Pair("client_id", Client.ClientId),
            Pair("client_secret", Client.ClientSecret.Reveal()),
        };

        private static KeyValuePair<string, string> Pair(string key, string value) => new KeyValuePair<string, string>(key, value);

        private async Task<OAuthGrant> RequestAsync(List<KeyValuePair<string, string>> parameters, CancellationToken cancellationToken)
        {
            using (var request = new HttpRequestMessage(HttpMethod.Post, Endpoint.TokenUri))
            {
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                request.Content = Endpoint.Encode(parameters);
                HttpResponseMessage response;
                try
                {
                    response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new OAuthTokenException(OAuthErrorReason.ServerError, $"The token endpoint {Endpoint} did not answer in time.",
                        Remedy.RaiseTimeout(UnansweredService.SignInService));
                }
                catch (HttpRequestException e)
                {
                    throw new OAuthTokenException(OAuthErrorReason.ServerError,
                        $"The token endpoint {Endpoint} could not be reached: {e.GetBaseException().Message}",
                        new Remedy(RemedyKind.CheckSignInServiceAddress), inner: e);
                }
                using (response)
                {
                    var body = response.Content == null ? string.Empty : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                    return Interpret((int)response.StatusCode, body);
                }
            }
        }

        private OAuthGrant Interpret(int status, string body)
        {
            var json = TryParse(body);
            if (status >= 200 && status < 300)
            {
                var access = (string)json?["access_token"];
                if (string.IsNullOrEmpty(access)) throw OAuthErrorCatalog.Unreadable(status, null);
                var refresh = (string)json["refresh_token"];
                return new OAuthGrant(SecretText.FromString(access), string.IsNullOrEmpty(refresh) ? null : SecretText.FromString(refresh),
                    Lifetime(json["expires_in"]), (string)json["scope"], _clock());
            }
            var error = (string)json?["error"];
            if (error == null)
            {
                throw OAuthErrorCatalog.Unreadable(status, TextExcerpt.LooksLikeHtml(body) ? TextExcerpt.FromHtml(body) : TextExcerpt.OneLine(body));
            }
            var description = (string)json["error_description"];
            var reason = OAuthErrorCatalog.ReasonFor(error, status);
            var message = $"{OAuthErrorCatalog.Describe(reason)} ({error}, HTTP {status} from {Endpoint})"
                + (string.IsNullOrEmpty(description) ? "." : ": " + OAuthErrorCatalog.Sentence(description));
            throw new OAuthTokenException(reason, message, OAuthErrorCatalog.RemedyFor(reason, isServiceAccount: false), status, error, description);
        }

        private static TimeSpan Lifetime(JToken expiresIn)
        {
            if (expiresIn == null) return DefaultLifetime;
            if (double.TryParse(expiresIn.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
            {
                return TimeSpan.FromSeconds(seconds);
            }
            return DefaultLifetime;
        }

        private static JObject TryParse(string body)
        {
            try
            {
                return string.IsNullOrWhiteSpace(body) ? null : JToken.Parse(body) as JObject;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}
