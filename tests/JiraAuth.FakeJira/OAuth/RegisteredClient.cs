using System.Collections.Generic;
using JiraAuth.FakeJira.Auth;

namespace JiraAuth.FakeJira.OAuth
{
    internal sealed class RegisteredClient
    {
        public string ClientId { get; init; }
        public string ClientSecret { get; init; }
        public OAuthClientKind Kind { get; init; }

        /// <summary>Scopes the app or credential may receive; anything else is invalid_scope.</summary>
        public IReadOnlySet<string> AllowedScopes { get; init; }

        /// <summary>Who its tokens act as.</summary>
        public FakeUser User { get; init; }
    }
}
