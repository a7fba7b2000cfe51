using System;
using JiraAuth.FakeJira.Auth;

namespace JiraAuth.FakeJira.OAuth
{
    internal sealed class IssuedAccessToken
    {
        public FakeUser User { get; init; }
        public DateTimeOffset ExpiresAt { get; init; }
        public string Scope { get; init; }
        public OAuthClientKind Kind { get; init; }
    }
}
