using System;
using System.Threading;
using System.Threading.Tasks;

namespace JiraAuth.FakeJira
{
    /// <summary>
    /// An answer the fake keeps back until the test releases it, so a test can act while a request is known to be in flight
    /// (close the connection, for example) without guessing with delays.
    /// </summary>
    public sealed class HeldAnswer
    {
        // Longer than any test waits; a test that forgets to release still ends.
        private static readonly TimeSpan HoldAtMost = TimeSpan.FromMinutes(2);

        private readonly TaskCompletionSource<bool> _arrived = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource<bool> _released = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Completes when the request has reached the fake and its answer is being held.</summary>
        public Task Arrived => _arrived.Task;

        /// <summary>Lets the fake send the answer.</summary>
        public void Release() => _released.TrySetResult(true);

        internal async Task HoldAsync(CancellationToken aborted)
        {
            _arrived.TrySetResult(true);
            try
            {
                await _released.Task.WaitAsync(HoldAtMost, aborted);
            }
            catch (Exception e) when (e is TimeoutException || e is OperationCanceledException)
            {
                // Answer anyway (or find the client gone): the test asserts on what it saw.
            }
        }
    }
}
