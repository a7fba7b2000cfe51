using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace JiraAuth.Benchmarks
{
    /// <summary>Answers every request at once from memory: with it, a client's own per-request cost is measured without any network or server.</summary>
    internal sealed class CannedTransport : HttpMessageHandler
    {
        private readonly byte[] _body = BenchData.Myself();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new ByteArrayContent(_body);
            content.Headers.TryAddWithoutValidation("Content-Type", "application/json;charset=UTF-8");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }
}
