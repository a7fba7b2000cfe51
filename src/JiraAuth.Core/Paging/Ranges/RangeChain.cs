using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Http;

namespace JiraAuth.Core.Paging.Ranges
{
    /// <summary>
    /// One id range's chain of nextPageToken pages, fetched ahead of the output but never more than <c>pagesAhead</c> pages
    /// ahead of it, so memory stays flat however large the export. It is the sender of that range's
    /// <see cref="PagedItemReader"/>: the reader asks for each page as usual and gets the one already fetched for that token.
    /// Every request still goes through the connection's own sender (retries, rate-limit governor, timeouts).
    /// </summary>
    internal sealed class RangeChain : IJiraRequestSender
    {
        private const string NextPageToken = "nextPageToken";

        private readonly IJiraRequestSender _sender;
        private readonly CancellationTokenSource _stop;
        private readonly Action<Exception> _onFailure;
        private readonly SemaphoreSlim _room;
        private readonly object _gate = new object();
        private readonly Queue<KeyValuePair<string, Task<JiraResponse>>> _ready = new Queue<KeyValuePair<string, Task<JiraResponse>>>();
        private TaskCompletionSource<bool> _arrival = NewSignal();
        private bool _ended;
        private bool _diverged;

        /// <param name="onFailure">Called (from any thread) with the failure that stopped the chain; cancellation is not a failure.</param>
        public RangeChain(IJiraRequestSender sender, JiraRequest first, int pagesAhead, CancellationToken cancellationToken, Action<Exception> onFailure)
        {
            _sender = sender;
            First = first;
            _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            _onFailure = onFailure;
            _room = new SemaphoreSlim(pagesAhead);
        }

        /// <summary>The range's first request: the caller's, with the range's JQL.</summary>
        public JiraRequest First { get; }

        public RangeChainState State { get; private set; }

        /// <summary>Completes when the chain has fetched its last page, failed or been cancelled; never faults.</summary>
        public Task Fetched { get; private set; } = Task.CompletedTask;

        public void Start()
        {
            State = RangeChainState.Fetching;
            Fetched = FetchAsync();
        }

        public Task<JiraResponse> SendAsync(JiraRequest request, CancellationToken cancellationToken) =>
            TakeAsync(request, PagingParameters.ReadString(request, NextPageToken), cancellationToken);

        private async Task FetchAsync()
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            try
            {
                var request = First;
                while (true)
                {
                    await _room.WaitAsync(_stop.Token).ConfigureAwait(false);
                    var response = _sender.SendAsync(request, _stop.Token);
                    Enqueue(PagingParameters.ReadString(request, NextPageToken), response);
                    var token = NextToken(await response.ConfigureAwait(false));
                    // A repeated token is the reader's to report; here it only ends the fetching.
                    if (token == null || !seen.Add(token)) return;
                    request = PagingParameters.With(PagingParameters.Without(request, "startAt"), NextPageToken, token);
                }
            }
            catch (Exception e) when (!_stop.IsCancellationRequested)
            {
                _onFailure(e);
            }
            catch (Exception)
            {
                // Cancelled: the export stopped (-First reached, Ctrl+C, a failure elsewhere) or the reader went its own way; nothing to report.
            }
            finally
            {
                lock (_gate)
                {
                    _ended = true;
                    State = RangeChainState.Fetched;
                    _arrival.TrySetResult(true);
                }
            }
        }

        private static string NextToken(JiraResponse response)
        {
            if (!response.IsSuccess) return null;
            var outline = JiraPage.Outline(response);
            var page = JiraPage.Read(response, outline, PageStyleDetector.FromOutline(outline));
            return page.ItemCount == 0 || page.IsLast == true || string.IsNullOrEmpty(page.NextPageToken) ? null : page.NextPageToken;
        }

        private void Enqueue(string token, Task<JiraResponse> response)
        {
            BackgroundFaults.Observe(response);
            lock (_gate)
            {
                _ready.Enqueue(new KeyValuePair<string, Task<JiraResponse>>(token, response));
                var arrived = _arrival;
                _arrival = NewSignal();
                arrived.TrySetResult(true);
            }
        }

        private async Task<JiraResponse> TakeAsync(JiraRequest request, string token, CancellationToken cancellationToken)
        {
            while (true)
            {
                Task<JiraResponse> fetched = null;
                TaskCompletionSource<bool> arrival = null;
                lock (_gate)
                {
                    if (!_diverged && _ready.Count > 0)
                    {
                        var head = _ready.Dequeue();
                        _room.Release();
                        if (string.Equals(head.Key, token, StringComparison.Ordinal)) fetched = head.Value;
                        else
                        {
                            _diverged = true;
                            _ready.Clear();
                        }
                    }
                    if (fetched == null && !_diverged && !_ended) arrival = _arrival;
                }
                if (fetched != null) return await fetched.ConfigureAwait(false);
                // The reader asked for a page this chain did not fetch next: stop fetching, which frees the chain's slot.
                if (_diverged) _stop.Cancel();
                // Nothing fetched for this request (the chain ended, or the reader went another way): ask the server directly.
                if (arrival == null) return await _sender.SendAsync(request, cancellationToken).ConfigureAwait(false);
                using (cancellationToken.Register(s => ((TaskCompletionSource<bool>)s).TrySetCanceled(), arrival))
                {
                    await arrival.Task.ConfigureAwait(false);
                }
            }
        }

        private static TaskCompletionSource<bool> NewSignal() => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
