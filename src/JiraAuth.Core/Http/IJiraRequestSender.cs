using System.Threading;
using System.Threading.Tasks;

namespace JiraAuth.Core.Http
{
    /// <summary>What paging and diagnosis need from a client: send one request, get a buffered response (or a JiraApiException).</summary>
    internal interface IJiraRequestSender
    {
        Task<JiraResponse> SendAsync(JiraRequest request, CancellationToken cancellationToken);
    }
}
