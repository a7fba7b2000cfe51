using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Http;

namespace JiraAuth.Core.OAuth
{
    /// <summary>One token, never renewed: for the single accessible-resources call right after a sign-in.</summary>
    internal sealed class FixedTokenSource : IAccessTokenSource
    {
        private readonly AccessToken _token;

        public FixedTokenSource(AccessToken token)
        {
            _token = token;
        }

        public Task<AccessToken> GetAsync(CancellationToken cancellationToken) => Task.FromResult(_token);

        public void Invalidate(AccessToken rejected)
        {
        }
    }
}
