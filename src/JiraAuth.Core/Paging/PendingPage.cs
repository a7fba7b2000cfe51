using System.Threading.Tasks;
using JiraAuth.Core.Http;

namespace JiraAuth.Core.Paging
{
    /// <summary>A page request on its way: what was asked (and, for offset pages, from which startAt) and the response to come.</summary>
    internal sealed class PendingPage
    {
        public PendingPage(JiraRequest request, long? startAt, Task<JiraResponse> response)
        {
            Request = request;
            StartAt = startAt;
            Response = response;
        }

        public JiraRequest Request { get; }

        public long? StartAt { get; }

        public Task<JiraResponse> Response { get; }
    }
}
