using System.Threading;
using System.Threading.Tasks;


namespace JiraAuth.Core.Http
{
    /// <summary>Hands out a fresh access token; told when the server rejected one so the next call fetches anew.</summary>
    internal interface IAccessTokenSource
    {
        Task<AccessToken> GetAsync(CancellationToken cancellationToken);

        /// <summary>The server answered 401 to <paramref name="rejected"/>; forget it unless a newer one already replaced it.</summary>
        void Invalidate(AccessToken rejected);
    }
}
