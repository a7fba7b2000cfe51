using System;
using System.Collections.Generic;
using System.Threading;
using JiraAuth.Core.Http;
using JiraAuth.Core.Json;
using JiraAuth.Core.Paging.Ranges;
using Newtonsoft.Json.Linq;

namespace JiraAuth.Core.Paging
{
    /// <summary>
    /// Pages through a Jira collection. <see cref="Open"/> gives a <see cref="PagedItemReader"/> for callers that wait their own
    /// way (the cmdlets); <see cref="Paginate(JiraRequest, PagingOptions, CancellationToken)"/> is a plain blocking sequence of JTokens.
    /// </summary>
    internal sealed class JiraPaginator
    {
        private readonly IJiraRequestSender _sender;

        public JiraPaginator(IJiraRequestSender sender)
        {
            _sender = sender ?? throw new ArgumentNullException(nameof(sender));
        }

        /// <param name="converter">Makes each item: <see cref="JsonOutputConverter"/> for objects, <see cref="CompactJsonConverter"/> for text.
        /// A body that is not JSON comes back as its text.</param>
        public PagedItemReader Open(JiraRequest request, PagingOptions options, IJsonValueConverter converter, CancellationToken cancellationToken)
        {
            if (request == null) throw new ArgumentNullException(nameof(request));
            if (converter == null) throw new ArgumentNullException(nameof(converter));
            return new PagedItemReader(_sender, request, options ?? new PagingOptions(), converter, cancellationToken);
        }

        /// <summary>
        /// Like <see cref="Open"/>, but a search/jql export that can be split without changing its result is read as id ranges side
        /// by side (up to <see cref="PagingOptions.ThrottleLimit"/> chains at once); <see cref="PagingOptions.OnVerbose"/> hears which.
        /// </summary>
        public IPagedItems OpenItems(JiraRequest request, PagingOptions options, IJsonValueConverter converter, CancellationToken cancellationToken)
        {
            if (request == null) throw new ArgumentNullException(nameof(request));
            if (converter == null) throw new ArgumentNullException(nameof(converter));
            options = options ?? new PagingOptions();
            if (!SearchSplitPlanner.IsSearch(request) || options.First == 0) return Open(request, options, converter, cancellationToken);
            var planner = new SearchSplitPlanner(_sender, request, options);
            var reason = planner.ReasonForOneChain(out var jql);
            if (reason == null) return new RangedSearchReader(planner, jql, _sender, request, options, converter, cancellationToken);
            options.OnVerbose?.Invoke(reason);
            return Open(request, options, converter, cancellationToken);
        }

        /// <exception cref="NotSupportedException">(while enumerating) A POST page needs paging fields in a body type that cannot be edited.</exception>
        public IEnumerable<JToken> Paginate(JiraRequest request, PagingOptions options, CancellationToken cancellationToken)
        {
            if (request == null) throw new ArgumentNullException(nameof(request));
            options = options ?? new PagingOptions();
            if (options.Skip < 0) throw new ArgumentOutOfRangeException(nameof(options), "Skip cannot be negative.");
            if (options.First < 0) throw new ArgumentOutOfRangeException(nameof(options), "First cannot be negative.");
            return Iterate(request, options, cancellationToken);
        }

        private IEnumerable<JToken> Iterate(JiraRequest request, PagingOptions options, CancellationToken cancellationToken)
        {
            using (var reader = Open(request, options, new JTokenValueConverter(), cancellationToken))
            {
                while (true)
                {
                    while (reader.TryRead(out var item)) yield return item as JToken ?? new JValue(item);
                    if (reader.IsFinished) yield break;
                    reader.WaitAsync().GetAwaiter().GetResult();
                }
            }
        }
    }
}
