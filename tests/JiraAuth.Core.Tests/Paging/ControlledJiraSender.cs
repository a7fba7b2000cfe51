using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Http;

namespace JiraAuth.Core.Tests.Paging
{
    /// <summary>
    /// An in-memory Jira whose answers arrive only when the test releases them, in any order: shows what is in flight at once
    /// and that output order does not depend on arrival order.
    /// </summary>
    internal sealed class ControlledJiraSender : IJiraRequestSender
    {
        private readonly Func<JiraRequest, int, string> _respond;
        private readonly List<Call> _calls = new List<Call>();

        public ControlledJiraSender(Func<JiraRequest, int, string> respond)
        {
            _respond = respond;
        }

        public IReadOnlyList<Call> Calls
        {
            get { lock (_calls) return _calls.ToList(); }
        }

        public int InFlight => Calls.Count(c => !c.Answer.Task.IsCompleted);

        public Task<JiraResponse> SendAsync(JiraRequest request, CancellationToken cancellationToken)
        {
            Call call;
            lock (_calls)
            {
                call = new Call(request.Clone(), _calls.Count);
                _calls.Add(call);
            }
            cancellationToken.Register(() => call.Answer.TrySetCanceled());
            return call.Answer.Task;
        }

        /// <summary>Answers the given call (0-based) now.</summary>
        public void Release(int index)
        {
            var call = Calls[index];
            var body = _respond(call.Request, index);
            var uri = new Uri("https://acme.atlassian.net/rest/api/3/x");
            call.Answer.TrySetResult(new JiraResponse(HttpMethod.Get, uri, 200, "OK", null, "application/json", body));
        }

        public void Fail(int index, Exception error) => Calls[index].Answer.TrySetException(error);

        /// <summary>Answers every call still open, newest first, until nothing new is asked.</summary>
        public void ReleaseAllNewestFirst()
        {
            foreach (var call in Calls.Where(c => !c.Answer.Task.IsCompleted).Reverse()) Release(call.Index);
        }

        internal sealed class Call
        {
            public Call(JiraRequest request, int index)
            {
                Request = request;
                Index = index;
            }

            public JiraRequest Request { get; }

            public int Index { get; }

            public TaskCompletionSource<JiraResponse> Answer { get; } =
                new TaskCompletionSource<JiraResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }
}
