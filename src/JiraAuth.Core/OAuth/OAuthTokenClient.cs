using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Net.Http;
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
    /// Talks to a token endpoint: client credentials, refresh and authorization-code grants, through the same pipeline as
    /// every request (so they show in -Verbose/-Debug, with headers redacted and bodies never shown). Which grants the
    /// pipeline may send again is stated per grant: a client-credentials grant is repeated like an idempotent GET (a lost
    /// answer only means a second token); a refresh_token grant and a code exchange are sent once, never blindly repeated:
    /// a refresh the server saw but whose answer was lost has already rotated the token, and resending the old one would
    /// count as reuse (Atlassian revokes the whole token family then), and a code works once.
    /// </summary>
    internal sealed class OAuthTokenClient : IDisposable
    {
        private static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(1);
        private readonly JiraClient _http;
        private readonly Func<DateTimeOffset> _clock;

        /// <param name="retry">The connection's retry options (their trace and notice callbacks included); null: no retries.</param>
        internal OAuthTokenClient(OAuthTokenEndpoint endpoint, OAuthClientCredential client, TransportSettings transport, RetryOptions retry = null,
            Func<DateTimeOffset> clock = null)
        {
            Endpoint = endpoint ?? throw new ArgumentNullException(nameof(endpoint));
            Client = client ?? throw new ArgumentNullException(nameof(client));
            transport = transport ?? TransportSettings.Default;
            transport.RequireHttps(endpoint.TokenUri, "the client secret");
            _http = HttpTransportFactory.Anonymous(endpoint.TokenUri, transport, retry);
            _clock = clock ?? (() => DateTimeOffset.UtcNow);
        }

        public OAuthTokenEndpoint Endpoint { get; }
        public OAuthClientCredential Client { get; }

        public Task<OAuthGrant> ClientCredentialsAsync(IReadOnlyList<string> scopes, CancellationToken cancellationToken)
        {
            var parameters = Parameters("client_credentials");
            if (scopes != null && scopes.Count > 0) parameters.Add(Pair("scope", string.Join(" ", scopes)));
            return RequestAsync(parameters, RepeatRule.LikeIdempotent, cancellationToken);
        }

        public Task<OAuthGrant> RefreshAsync(SecretText refreshToken, CancellationToken cancellationToken)
        {
            if (refreshToken == null || refreshToken.IsEmpty) throw new ArgumentException("A refresh token is required.", nameof(refreshToken));
            var parameters = Parameters("refresh_token");
            parameters.Add(Pair("refresh_token", refreshToken.Reveal()));
            return RequestAsync(parameters, RepeatRule.Never, cancellationToken);
        }

        public Task<OAuthGrant> ExchangeCodeAsync(SecretText code, Uri redirectUri, CancellationToken cancellationToken)
        {
            if (code == null || code.IsEmpty) throw new ArgumentException("An authorization code is required.", nameof(code));
            var parameters = Parameters("authorization_code");
            parameters.Add(Pair("code", code.Reveal()));
            parameters.Add(Pair("redirect_uri", redirectUri.ToString()));
            return RequestAsync(parameters, RepeatRule.Never, cancellationToken);
        }

        public void Dispose() => _http.Dispose();

        private List<KeyValuePair<string, string>> Parameters(string grantType) => new List<KeyValuePair<string, string>>
        {
            Pair("grant_type", grantType),
            Pair("client_id", Client.ClientId),
            Pair("client_secret", Client.ClientSecret.Reveal()),
        };

        private static KeyValuePair<string, string> Pair(string key, string value) => new KeyValuePair<string, string>(key, value);

        private async Task<OAuthGrant> RequestAsync(List<KeyValuePair<string, string>> parameters, RepeatRule repeat, CancellationToken cancellationToken)
        {
            var request = new JiraRequest(HttpMethod.Post, Endpoint.TokenUri.AbsoluteUri)
            {
                Body = Endpoint.Encode(parameters),
                SkipHttpErrorCheck = true,
                Repeat = repeat,
            };
            JiraResponse response;
            try
            {
                response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && (e is TimeoutException || e is OperationCanceledException))
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
            return Interpret(response.StatusCode, response.BodyText);
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
