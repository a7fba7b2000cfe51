using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Http;

namespace JiraAuth.Core.Tests.Paging
{
    /// <summary>An in-memory Jira: records every request exactly as sent and answers with JSON text chosen by the test.</summary>
    internal sealed class FakeJiraSender : IJiraRequestSender
    {
        private readonly Func<JiraRequest, int, string> _respond;

        /// <param name="respond">Gets the request and its 0-based number; returns the JSON body.</param>
        public FakeJiraSender(Func<JiraRequest, int, string> respond)
        {
            _respond = respond;
        }

        /// <summary>Serves the given bodies in order, one per request; a request beyond them fails the test.</summary>
        public static FakeJiraSender Serving(params string[] bodies) =>
            new FakeJiraSender((request, index) => index < bodies.Length
                ? bodies[index]
                : throw new InvalidOperationException("The paginator asked for page " + (index + 1) + " but only " + bodies.Length + " exist."));

        public List<JiraRequest> Requests { get; } = new List<JiraRequest>();

        public Task<JiraResponse> SendAsync(JiraRequest request, CancellationToken cancellationToken)
        {
            var index = Requests.Count;
            Requests.Add(request.Clone());
            var body = _respond(request, index);
            var uri = new Uri("https://acme.atlassian.net" + (request.Path.StartsWith("/") ? request.Path : "/rest/api/3/" + request.Path));
            return Task.FromResult(new JiraResponse(request.Method ?? HttpMethod.Get, uri, 200, "OK", null, "application/json", body));
        }
    }
}
