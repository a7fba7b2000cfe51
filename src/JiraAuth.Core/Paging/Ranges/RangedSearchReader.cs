using System;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Http;
using JiraAuth.Core.Json;

namespace JiraAuth.Core.Paging.Ranges
{
    /// <summary>
    /// A search/jql export read as id ranges side by side: the range being written and the next ones, up to the throttle limit
    /// of ranges in all, fetch their own token chains at once, each at most <see cref="PagesAhead"/> pages ahead of the output
    /// (a range is cut to about that size), while the output reads the ranges one after another, so items come out in id order
    /// and memory is bounded by the throttle limit, not by the size of the export.
    /// -First and -Skip count over the whole export; the first failure of any chain ends the reading with that failure; on
    /// the way out (end, -First reached, Ctrl+C, timeout, failure) every chain is cancelled.
    /// Exactness: the ranges cover every id exactly once (the first is open below, the last open above), and each range is
    /// an ordinary token chain, so an issue comes out once if its range's chain finds it matching, never twice; an issue
    /// created during the export has a higher id than any before it and is read by the last range, as a single chain
    /// ordered by id would read it at its end.
    /// </summary>
    internal sealed class RangedSearchReader : IPagedItems
    {
        /// <summary>Pages a range may fetch ahead of its reader (which itself holds the page being read and the next one): a whole range
        /// as the cutter sizes it, with room for ranges denser than the average.</summary>
        private const int PagesAhead = IdRangeCutter.TargetPagesPerRange + 2;

        private readonly IJiraRequestSender _sender;
        private readonly JiraRequest _request;
        private readonly PagingOptions _options;
        private readonly IJsonValueConverter _converter;
        private readonly JqlSearchText _jql;
        private readonly CancellationTokenSource _scope;
        private readonly Task<SearchSplitPlan> _plan;
        private readonly ItemWindow _window;
        private readonly TaskCompletionSource<bool> _failed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        private ExceptionDispatchInfo _failure;
        private PagedItemReader _single;
        private RangeChain[] _chains;
        private PagingOptions _rangeOptions;
        private PagedItemReader _current;
        private long? _approximateCount;
        private long _received;
        private int _next;
        private int _started;
        private bool _finished;

        public RangedSearchReader(SearchSplitPlanner planner, JqlSearchText jql, IJiraRequestSender sender, JiraRequest request, PagingOptions options,
            IJsonValueConverter converter, CancellationToken cancellationToken)
        {
            _sender = sender;
            _request = request;
            _options = options;
            _converter = converter;
            _jql = jql;
            _window = new ItemWindow(options.Skip, options.First);
            _scope = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            _plan = planner.PlanAsync(jql, _scope.Token);
            BackgroundFaults.Observe(_plan);
        }

        public bool IsFinished => _single?.IsFinished ?? _finished;

        public bool TryRead(out object item)
        {
            item = null;
            _failure?.Throw();
            if (_single == null && _chains == null)
            {
                if (!_plan.IsCompleted) return false;
                Begin(_plan.GetAwaiter().GetResult());
            }
            if (_single != null) return _single.TryRead(out item);

            while (!_finished)
            {
                if (_current == null)
                {
                    if (_next == _chains.Length)
                    {
                        Finish();
                        break;
                    }
                    var chain = _chains[_next++];
                    StartChains(_next - 1);
                    _current = new PagedItemReader(chain, chain.First, _rangeOptions, _converter, _scope.Token);
                }
                if (ReadCurrent(out var value))
                {
                    if (!_window.Admit()) continue;
                    item = value;
                    if (_window.IsFull) Finish();
                    return true;
                }
                _failure?.Throw();
                if (!_current.IsFinished) return false;
                _current.Dispose();
                _current = null;
            }
            return false;
        }

        // A failure elsewhere cancels the range being read too; the call reports that failure, never the cancellation it caused.
        private bool ReadCurrent(out object value)
        {
            try
            {
                return _current.TryRead(out value);
            }
            catch (OperationCanceledException) when (_failure != null)
            {
                _failure.Throw();
                throw;
            }
        }

        public Task WaitAsync()
        {
            if (_single != null) return _single.WaitAsync();
            if (_chains == null) return _plan;
            return _current == null ? Task.CompletedTask : PageOrFailure(_current.WaitAsync());
        }

        public void Dispose()
        {
            Finish();
            _single?.Dispose();
            var fetching = _chains?.Select(c => c.Fetched).ToArray() ?? new Task[0];
            Task.WhenAll(fetching.Concat(new Task[] { _plan })).ContinueWith(_ => _scope.Dispose(), TaskScheduler.Default);
        }

        private void Begin(SearchSplitPlan plan)
        {
            if (plan.IsOneChain)
            {
                _options.OnVerbose?.Invoke(plan.OneChainReason);
                _single = new PagedItemReader(_sender, _request, _options, _converter, _scope.Token);
                return;
            }
            _options.OnVerbose?.Invoke(plan.Describe(_options.ThrottleLimit));
            _approximateCount = plan.ApproximateCount;
            var inOrder = plan.Descending ? plan.Ranges.Reverse() : plan.Ranges;
            _chains = inOrder.Select(range => new RangeChain(_sender, PagingParameters.With(_request, "jql", range.Jql(_jql.Restriction, plan.Descending)),
                PagesAhead, _scope.Token, Fail)).ToArray();
            _rangeOptions = new PagingOptions { ThrottleLimit = 1, OnResponse = _options.OnResponse, OnWarning = _options.OnWarning, OnPage = Received };
            StartChains(0);
        }

        // The range being read and the ones after it, up to the throttle limit in all, fetch; the next starts when the output moves on.
        private void StartChains(int reading)
        {
            while (_started < Math.Min(_chains.Length, reading + _options.ThrottleLimit)) _chains[_started++].Start();
        }

        private void Received(PageProgress page)
        {
            _received += page.ItemsInPage;
            if (_options.OnRangeProgress == null) return;
            // Ranges before the one being read are fetched, those not started wait: only the started window needs looking at.
            int reading = _next - 1, fetched = reading, fetching = 0;
            for (var i = reading; i < _started; i++)
            {
                if (_chains[i].State == RangeChainState.Fetched) fetched++;
                else if (_chains[i].State == RangeChainState.Fetching) fetching++;
            }
            _options.OnRangeProgress(new RangeProgress(_received, _approximateCount, _chains.Length, fetched, fetching));
        }

        private async Task PageOrFailure(Task page)
        {
            await Task.WhenAny(_failed.Task, page).ConfigureAwait(false);
            _failure?.Throw();
            await page.ConfigureAwait(false);
        }

        // The first failure of any chain is the call's: no partial export passes for a whole one. The others stop.
        private void Fail(Exception failure)
        {
            lock (_failed)
            {
                if (_failure != null) return;
                _failure = ExceptionDispatchInfo.Capture(failure);
            }
            _failed.TrySetResult(true);
            Cancel();
        }

        private void Finish()
        {
            _finished = true;
            _current?.Dispose();
            _current = null;
            Cancel();
        }

        private void Cancel()
        {
            try
            {
                _scope.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // Already over.
            }
        }
    }
}
