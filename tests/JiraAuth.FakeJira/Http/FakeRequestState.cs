using JiraAuth.FakeJira.Auth;
using Microsoft.AspNetCore.Http;

namespace JiraAuth.FakeJira.Http
{
    /// <summary>What the pipeline learned about a request before it reaches an endpoint.</summary>
    internal sealed class FakeRequestState
    {
        private const string ItemKey = "JiraAuth.FakeJira.State";

        public string Origin { get; init; }

        /// <summary>Absolute base for "self" links, e.g. http://127.0.0.1:1234/jira or .../ex/jira/{cloudId}.</summary>
        public string ApiBase { get; set; }

        public AuthResult Auth { get; set; } = AuthResult.Anonymous(null);

        public bool IsGateway => Origin == RequestOrigin.Gateway;

        public static FakeRequestState Of(HttpContext context) => (FakeRequestState)context.Items[ItemKey];

        public void AttachTo(HttpContext context) => context.Items[ItemKey] = this;
    }
}
