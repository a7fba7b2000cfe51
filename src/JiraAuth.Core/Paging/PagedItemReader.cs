using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Http;
using JiraAuth.Core.Json;

namespace JiraAuth.Core.Paging
{
    /// <summary>
    /// Reads the items of every page of a Jira collection, in order, converting each straight from the page's bytes.
    /// <see cref="TryRead"/> does all conversion and every callback on the caller's thread (PowerShell may only write from the
    /// pipeline thread); <see cref="WaitAsync"/> is the one place that waits, for the next page to arrive. Requests are computed
    /// from startAt or nextPageToken, never from the body's absolute nextPage URL, so credentials only go where the first one went.
    /// Depending on <see cref="PagingOptions.ThrottleLimit"/>, later pages are fetched while earlier ones are read; a page
    /// fetched on a guess that turns out wrong (the server returned fewer items than planned) is dropped and asked again.
    /// </summary>
    internal sealed class PagedItemReader : IPagedItems
    {
        private const string StartAt = "startAt";
        private const string NextPageToken = "nextPageToken";

        private readonly IJiraRequestSender _sender;
        private readonly JiraRequest _request;
        private readonly PagingOptions _options;
        private readonly IJsonValueConverter _converter;
        private readonly CancellationToken _cancellationToken;
        private readonly ItemWindow _window;
        private readonly Queue<PendingPage> _pending = new Queue<PendingPage>();
        private readonly List<CancellationTokenSource> _fetchScopes = new List<CancellationTokenSource>();
        private readonly HashSet<string> _seenTokens = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<ulong> _seenBareItems = new HashSet<ulong>();

        private CancellationTokenSource _fetchScope;
        private JiraRequest _notYetSent;
        private PageShape _shape;
        private JiraPage _previous;
        private PageItemCursor _cursor;
        private long _expectedStart;
        private long _received;
        private int _pageNumber;
        private bool _noMorePages;

        internal PagedItemReader(IJiraRequestSender sender, JiraRequest request, PagingOptions options, IJsonValueConverter converter,
            CancellationToken cancellationToken)
        {
            _sender = sender;
            _request = request;
            _options = options;
            _converter = converter;
            _cancellationToken = cancellationToken;
            _window = new ItemWindow(options.Skip, options.First);
            _expectedStart = PagingParameters.ReadLong(request, StartAt) ?? 0;
            var requestedToken = request.Query.TryGetValue(NextPageToken, out var initialToken) ? initialToken as string : null;
            if (!string.IsNullOrEmpty(requestedToken)) _seenTokens.Add(requestedToken);
            _fetchScope = NewFetchScope();
            if (_window.IsFull) _noMorePages = true;
            else _notYetSent = request;
        }

        /// <summary>True when every wanted item has been read and nothing is left to wait for.</summary>
        public bool IsFinished => _noMorePages && _cursor == null && _pending.Count == 0 && _notYetSent == null;

        /// <summary>
        /// The next item, if it can be had without waiting. False either at the end (<see cref="IsFinished"/>) or when the next
        /// page has not arrived yet: then call <see cref="WaitAsync"/> and try again.
        /// </summary>
        /// <exception cref="NotSupportedException">A POST page needs paging fields in a body type that cannot be edited.</exception>
        public bool TryRead(out object item)
        {
            while (true)
            {
                if (_cursor != null)
                {
                    if (_cursor.TryNext(out var value))
                    {
                        if (!_window.Admit()) continue;
                        item = value;
                        if (_window.IsFull) Finish();
                        return true;
                    }
                    CloseCursor();
                }

                item = null;
                if (_pending.Count == 0)
                {
                    if (_notYetSent == null)
                    {
                        _noMorePages = true;
                        return false;
                    }
                    Send(_notYetSent, StartOf(_notYetSent));
                    _notYetSent = null;
                }

                var head = _pending.Peek();
                if (head.Response.Status != TaskStatus.RanToCompletion) return false;
                _pending.Dequeue();
                Receive(head.Request, head.Response.Result);
            }
        }

        /// <summary>Completes when the next page has arrived (or failed: awaiting it then throws the failure, e.g. a JiraApiException).</summary>
        public Task WaitAsync() => _pending.Count > 0 ? _pending.Peek().Response : Task.CompletedTask;

        public void Dispose()
        {
            Finish();
            foreach (var scope in _fetchScopes) scope.Dispose();
            _fetchScopes.Clear();
        }

        private void Receive(JiraRequest request, JiraResponse response)
        {
            _pageNumber++;
            _options.OnResponse?.Invoke(response);
            var outline = JiraPage.Outline(response);

            // Error bodies (SkipHttpErrorCheck) and the first page decide nothing about paging: they are the result as they are.
            if (_shape == null) _shape = response.IsSuccess ? EffectiveShape(PageStyleDetector.FromOutline(outline)) : PageShape.NotPaged;
            var page = JiraPage.Read(response, outline, response.IsSuccess ? _shape : PageShape.NotPaged);

            if (_shape.Style != PageStyle.Token && page.HasSameItemsAs(_previous))
            {
                Warn("Paging stopped: the server returned the same page again for startAt=" + _expectedStart + "; it probably does not support paging.");
                Finish();
                return;
            }
            // A bare array has no isLast or total: an endpoint that ignores startAt and shuffles would otherwise never end.
            if (_shape.Style == PageStyle.BareArray && page.ItemCount > 0 && !AddsNewItems(page) && _pageNumber > 1)
            {
                Warn("Paging stopped: the page for startAt=" + _expectedStart
                    + " held only items already returned; the endpoint probably does not support paging.");
                Finish();
                return;
            }

            _received += page.ItemCount;
            _options.OnPage?.Invoke(new PageProgress(_pageNumber, _shape.Style, page.ItemCount, _received, page.Total));

            var jumpsOffsets = _shape.Style == PageStyle.Offset || _shape.Style == PageStyle.BareArray;
            var wantedAfter = _window.WantedAfter(page.ItemCount);
            var skipBeyond = jumpsOffsets ? _window.TakeSkipBeyond(page.ItemCount) : 0;
            var next = response.IsSuccess && wantedAfter != 0 ? NextRequest(request, page, skipBeyond) : null;
            Schedule(next, page, wantedAfter);
            _previous = page;
            _cursor = page.OpenItems(_converter);
        }

        private void Schedule(JiraRequest next, JiraPage page, long? wantedAfter)
        {
            if (next == null)
            {
                _noMorePages = true;
                DropPending();
                return;
            }
            if (_options.ThrottleLimit <= 0)
            {
                _notYetSent = next;
                return;
            }

            var nextStart = StartOf(next);
            var alreadyAsked = _pending.Count > 0 && nextStart.HasValue && _pending.Peek().StartAt == nextStart;
            if (!alreadyAsked)
            {
                DropPending();
                Send(next, nextStart);
            }
            if (_shape.Style == PageStyle.Offset && page.Total.HasValue && nextStart.HasValue) PlanAhead(next, page, nextStart.Value, wantedAfter);
        }

        // Once the total is known, the startAt of every page is too: keep up to ThrottleLimit of them in flight.
        private void PlanAhead(JiraRequest next, JiraPage page, long nextStart, long? wantedAfter)
        {
            var pageSize = page.ItemCount;
            if (pageSize <= 0) return;
            var end = page.Total.Value;
            if (wantedAfter.HasValue) end = Math.Min(end, nextStart + wantedAfter.Value);
            var lastStart = _pending.Last().StartAt ?? nextStart;
            while (_pending.Count < _options.ThrottleLimit)
            {
                var start = lastStart + pageSize;
                if (start >= end) return;
                Send(PagingParameters.With(next, StartAt, start), start);
                lastStart = start;
            }
        }

        private void Send(JiraRequest request, long? startAt)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            _pending.Enqueue(new PendingPage(request, startAt, _sender.SendAsync(request, _fetchScope.Token)));
        }

        private static long? StartOf(JiraRequest request) => PagingParameters.ReadLong(request, StartAt);

        private void Finish()
        {
            _noMorePages = true;
            _notYetSent = null;
            CloseCursor();
            DropPending();
        }

        private void CloseCursor()
        {
            _cursor?.Dispose();
            _cursor = null;
        }

        // Pages asked for on a plan that no longer holds: cancel them and make sure their failures are never reported as unobserved.
        private void DropPending()
        {
            if (_pending.Count == 0) return;
            _fetchScope.Cancel();
            foreach (var dropped in _pending) BackgroundFaults.Observe(dropped.Response);
            _pending.Clear();
            _fetchScope = NewFetchScope();
        }

        private CancellationTokenSource NewFetchScope()
        {
            var scope = CancellationTokenSource.CreateLinkedTokenSource(_cancellationToken);
            _fetchScopes.Add(scope);
            return scope;
        }

        private bool AddsNewItems(JiraPage page)
        {
            var added = false;
            foreach (var fingerprint in page.ItemFingerprints()) added |= _seenBareItems.Add(fingerprint);
            return added;
        }

        // Re-sending a POST only because it returned an array could repeat a side effect; bare-array paging is a GET-only idea.
        private PageShape EffectiveShape(PageShape detected) =>
            detected.Style == PageStyle.BareArray && _request.Method != HttpMethod.Get ? PageShape.NotPaged : detected;

        private JiraRequest NextRequest(JiraRequest current, JiraPage page, long skipBeyond)
        {
            switch (_shape.Style)
            {
                case PageStyle.Offset:
                case PageStyle.BareArray:
                    return NextOffsetRequest(current, page, skipBeyond);
                case PageStyle.Token:
                    return NextTokenRequest(current, page);
                default:
                    return null;
            }
        }

        private JiraRequest NextOffsetRequest(JiraRequest current, JiraPage page, long skipBeyond)
        {
            if (page.ItemCount == 0 || page.IsLast == true) return null;

            // Advance by what actually came back: servers cap maxResults silently (project/search at 100, agile at 50).
            // Items still to skip lie wholly beyond this page: jump over them instead of fetching them.
            var next = (page.StartAt ?? _expectedStart) + page.ItemCount + skipBeyond;

            if (page.Total.HasValue && next >= page.Total.Value) return null;
            _expectedStart = next;
            return PagingParameters.With(current, StartAt, next);
        }

        private JiraRequest NextTokenRequest(JiraRequest current, JiraPage page)
        {
            if (page.ItemCount == 0 || page.IsLast == true || string.IsNullOrEmpty(page.NextPageToken)) return null;
            if (!_seenTokens.Add(page.NextPageToken))
            {
                Warn("Paging stopped: the server returned a nextPageToken it had already returned, which would repeat pages forever.");
                return null;
            }

            // Token endpoints ignore startAt in the query (a loop that never ends) and reject it in a POST body.
            var withoutStart = PagingParameters.Without(current, StartAt);
            return PagingParameters.With(withoutStart, NextPageToken, page.NextPageToken);
        }

        private void Warn(string message) => _options.OnWarning?.Invoke(message);
    }
}
