using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Http;
using JiraAuth.Core.OAuth;
using Xunit;

namespace JiraAuth.Core.Tests.OAuth
{
    public class BearerTokenHandlerTests
    {
        private static readonly Uri Gateway = new Uri("https://api.example/ex/jira/1");

        private sealed class CountingSource : IAccessTokenSource
        {
            private AccessToken _current;
            public int Gets;
            public int Fetches;
            public Task<AccessToken> GetAsync(CancellationToken cancellationToken)
            {
                Gets++;
                if (_current == null)
                {
                    Fetches++;
                    _current = new AccessToken(SecretText.FromString("token-" + Fetches), DateTimeOffset.UtcNow.AddHours(1), TimeSpan.FromHours(1));
                }
                return Task.FromResult(_current);
            }
            public void Invalidate(AccessToken rejected) { if (ReferenceEquals(rejected, _current)) _current = null; }
        }

        private sealed class Answering : HttpMessageHandler
        {
            private readonly Func<HttpRequestMessage, HttpResponseMessage> _answer;
            public readonly List<string> Authorizations = new List<string>();
            public Answering(Func<HttpRequestMessage, HttpResponseMessage> answer) { _answer = answer; }
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                Authorizations.Add(request.Headers.Authorization?.ToString());
                return Task.FromResult(_answer(request));
            }
        }

        private static HttpClient Client(IAccessTokenSource source, HttpMessageHandler inner) =>
            new HttpClient(new BearerTokenHandler(Gateway, source) { InnerHandler = inner });

        [Fact]
        public async Task A401GetsOneNewTokenAndOneResend()
        {
            var source = new CountingSource();
            var inner = new Answering(r =>
                new HttpResponseMessage(r.Headers.Authorization.Parameter == "token-1" ? HttpStatusCode.Unauthorized : HttpStatusCode.OK));

            using (var client = Client(source, inner))
            using (var response = await client.GetAsync(Gateway + "/rest/api/3/myself"))
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
            Assert.Equal(new[] { "Bearer token-1", "Bearer token-2" }, inner.Authorizations);
            Assert.Equal(2, source.Fetches);
        }

        [Fact]
        public async Task AServerThatRefusesEveryTokenCannotMakeEachCallFetchANewOne()
        {
            var source = new CountingSource();
            var inner = new Answering(r => new HttpResponseMessage(HttpStatusCode.Unauthorized));

            using (var client = Client(source, inner))
            {
                for (var i = 0; i < 3; i++)
                {
                    using (var response = await client.GetAsync(Gateway + "/rest/api/3/myself")) Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
                }
            }
            Assert.Equal(2, source.Fetches);
            Assert.Equal(4, inner.Authorizations.Count);
        }

        [Fact]
        public async Task AReplacementThatWasAcceptedIsRenewedNormallyWhenItExpiresLater()
        {
            var source = new CountingSource();
            var refused = new HashSet<string> { "token-1" };
            var inner = new Answering(r =>
                new HttpResponseMessage(refused.Contains(r.Headers.Authorization.Parameter) ? HttpStatusCode.Unauthorized : HttpStatusCode.OK));

            using (var client = Client(source, inner))
            {
                using (await client.GetAsync(Gateway + "/rest/api/3/myself")) { }
                refused.Add("token-2"); // an hour later the server forgets token-2
                using (var response = await client.GetAsync(Gateway + "/rest/api/3/myself")) Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
            Assert.Equal(3, source.Fetches);
        }

        [Fact]
        public async Task AMissingScopeIsNotAnExpiredToken()
        {
            var source = new CountingSource();
            var inner = new Answering(r =>
            {
                var response = new HttpResponseMessage(HttpStatusCode.Unauthorized);
                response.Headers.TryAddWithoutValidation("X-Failure-Category", "FAILURE_CLIENT_SCOPE_CHECK");
                return response;
            });

            using (var client = Client(source, inner))
            using (var response = await client.GetAsync(Gateway + "/rest/api/3/myself"))
            {
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            }
            Assert.Equal(1, source.Fetches);
        }

        [Fact]
        public async Task OtherOriginsGetNoToken()
        {
            var source = new CountingSource();
            var inner = new Answering(r => new HttpResponseMessage(HttpStatusCode.OK));

            using (var client = Client(source, inner))
            using (await client.GetAsync("https://elsewhere.example/file")) { }

            Assert.Equal(new string[] { null }, inner.Authorizations);
            Assert.Equal(0, source.Gets);
        }
    }
}
