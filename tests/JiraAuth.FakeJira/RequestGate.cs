using System;
using System.Threading;
using System.Threading.Tasks;

namespace JiraAuth.FakeJira
{
    /// <summary>
    /// Holds one request: the test learns that the request reached the server (<see cref="WaitForArrival"/>), does what must
    /// happen while the call is in flight, then lets the answer go (<see cref="Open"/>). Made by <see cref="RequestGates.Hold"/>.
    /// </summary>
    public sealed class RequestGate
    {
        private readonly TaskCompletionSource<LoggedRequest> arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource<bool> opened = new(TaskCreationOptions.RunContinuationsAsynchronously);

        internal RequestGate(string pathPrefix, TimeSpan holdLimit)
        {
            PathPrefix = pathPrefix;
            HoldLimit = holdLimit;
        }

        /// <summary>Requests whose ApiPath starts with this (case-insensitive) are held; the first one takes the gate.</summary>
        public string PathPrefix { get; }

        /// <summary>The longest a request is held when the test never opens the gate: then it is answered anyway, so no client hangs.</summary>
        public TimeSpan HoldLimit { get; }

        /// <summary>Completes with the held request when it reaches the server (logged, nothing answered yet).</summary>
        public Task<LoggedRequest> Arrived => arrived.Task;

        public bool IsOpen => opened.Task.IsCompleted;

        /// <summary>Blocks until the request is held, or throws a <see cref="TimeoutException"/> that names the path after <paramref name="limit"/>.</summary>
        public LoggedRequest WaitForArrival(TimeSpan limit)
        {
            if (!arrived.Task.Wait(limit))
            {
                throw NotArrived(limit);
            }
            return arrived.Task.Result;
        }

        /// <summary>The awaitable <see cref="WaitForArrival"/>.</summary>
        public async Task<LoggedRequest> WaitForArrivalAsync(TimeSpan limit)
        {
            if (await Task.WhenAny(arrived.Task, Task.Delay(limit)).ConfigureAwait(false) != arrived.Task)
            {
                throw NotArrived(limit);
            }
            return await arrived.Task.ConfigureAwait(false);
        }

        /// <summary>Lets the held request (or the next one, if none has arrived yet) be answered.</summary>
        public void Open() => opened.TrySetResult(true);

        private TimeoutException NotArrived(TimeSpan limit) =>
            new TimeoutException($"No request for {PathPrefix} reached the fake Jira within {limit.TotalSeconds:0.#} s.");

        internal async Task HoldAsync(LoggedRequest request, CancellationToken aborted)
        {
            arrived.TrySetResult(request);
            Task limit = Task.Delay(HoldLimit, aborted);
            await Task.WhenAny(opened.Task, limit).ConfigureAwait(false);
        }
    }
}
