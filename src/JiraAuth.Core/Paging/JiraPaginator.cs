using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using JiraAuth.Core.Http;
using Newtonsoft.Json.Linq;

namespace JiraAuth.Core.Paging
{
    /// <summary>
    /// Yields the items of every page of a Jira collection, lazily: the next request goes out only when the consumer asks for
    /// an item beyond the current page. The next request is always computed from startAt or nextPageToken, never from the
    /// body's absolute nextPage URL, so credentials can only go where the original request went.
    /// </summary>
    public sealed class JiraPaginator
    {
        private const string StartAt = "startAt";
        private const string NextPageToken = "nextPageToken";

        private readonly IJiraRequestSender _sender;

        public JiraPaginator(IJiraRequestSender sender)
        {
            _sender = sender ?? throw new ArgumentNullException(nameof(sender));
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
            var remainingSkip = options.Skip;
            var remainingFirst = options.First;
            if (remainingFirst == 0) yield break;

            var current = request;
            PageShape shape = null;
            JiraPage previous = null;
            var expectedStart = PagingParameters.ReadLong(request, StartAt) ?? 0;
            var seenTokens = new HashSet<string>(StringComparer.Ordinal);
            var requestedToken = request.Query.TryGetValue(NextPageToken, out var initialToken) ? initialToken as string : null;
            if (!string.IsNullOrEmpty(requestedToken)) seenTokens.Add(requestedToken);
            long received = 0;
            var pageNumber = 0;
            var seenBareItems = new HashSet<string>(StringComparer.Ordinal);

            while (current != null)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var response = _sender.SendAsync(current, cancellationToken).ConfigureAwait(false).GetAwaiter().GetResult();
                options.OnResponse?.Invoke(response);
                var body = BodyOf(response);
                pageNumber++;

                // Error bodies (SkipHttpErrorCheck) and the first page decide nothing about paging: they are the result as they are.
                if (shape == null) shape = response.IsSuccess ? EffectiveShape(PageStyleDetector.Detect(body), request) : PageShape.NotPaged;
                var page = JiraPage.Read(body, response.IsSuccess ? shape : PageShape.NotPaged);

                if (shape.Style != PageStyle.Token && page.HasSameItemsAs(previous))
                {
                    Warn(options, "Paging stopped: the server returned the same page again for startAt=" + expectedStart + "; it probably does not support paging.");
                    yield break;
                }
                // A bare array has no isLast or total: an endpoint that ignores startAt and shuffles would otherwise never end.
                if (shape.Style == PageStyle.BareArray && pageNumber > 1 && page.Items.Count > 0 && !AddsNewItems(page, seenBareItems))
                {
                    Warn(options, "Paging stopped: the page for startAt=" + expectedStart + " held only items already returned; the endpoint probably does not support paging.");
                    yield break;
                }
                if (shape.Style == PageStyle.BareArray && pageNumber == 1) AddsNewItems(page, seenBareItems);

                received += page.Items.Count;
                options.OnPage?.Invoke(new PageProgress(pageNumber, shape.Style, page.Items.Count, received, page.Total));

                foreach (var item in page.Items)
                {
                    if (remainingSkip > 0)
                    {
                        remainingSkip--;
                        continue;
                    }
                    yield return item;
                    if (remainingFirst.HasValue && --remainingFirst == 0) yield break;
                }

                if (!response.IsSuccess) yield break;
                previous = page;
                current = NextRequest(current, shape, page, ref expectedStart, ref remainingSkip, seenTokens, options);
            }
        }

        private static bool AddsNewItems(JiraPage page, HashSet<string> seen)
        {
            var added = false;
            foreach (var item in page.Items) added |= seen.Add(item.ToString(Newtonsoft.Json.Formatting.None));
            return added;
        }

        private static JToken BodyOf(JiraResponse response)
        {
            if (response.Json != null) return response.Json;
            // Not JSON: hand the text back once rather than dropping it.
            return string.IsNullOrEmpty(response.BodyText) ? null : new JValue(response.BodyText);
        }

        // Re-sending a POST only because it returned an array could repeat a side effect; bare-array paging is a GET-only idea.
        private static PageShape EffectiveShape(PageShape detected, JiraRequest request) =>
            detected.Style == PageStyle.BareArray && request.Method != HttpMethod.Get ? PageShape.NotPaged : detected;

        private static JiraRequest NextRequest(JiraRequest current, PageShape shape, JiraPage page, ref long expectedStart,
            ref long remainingSkip, HashSet<string> seenTokens, PagingOptions options)
        {
            switch (shape.Style)
            {
                case PageStyle.Offset:
                case PageStyle.BareArray:
                    return NextOffsetRequest(current, page, ref expectedStart, ref remainingSkip);
                case PageStyle.Token:
                    return NextTokenRequest(current, page, seenTokens, options);
                default:
                    return null;
            }
        }

        private static JiraRequest NextOffsetRequest(JiraRequest current, JiraPage page, ref long expectedStart, ref long remainingSkip)
        {
            if (page.Items.Count == 0 || page.IsLast == true) return null;

            // Advance by what actually came back: servers cap maxResults silently (project/search at 100, agile at 50).
            var next = (page.StartAt ?? expectedStart) + page.Items.Count;

            // Items still to skip lie wholly beyond this page: jump over them instead of fetching them.
            next += remainingSkip;
            remainingSkip = 0;

            if (page.Total.HasValue && next >= page.Total.Value) return null;
            expectedStart = next;
            return PagingParameters.With(current, StartAt, next);
        }

        private static JiraRequest NextTokenRequest(JiraRequest current, JiraPage page, HashSet<string> seenTokens, PagingOptions options)
        {
            if (page.Items.Count == 0 || page.IsLast == true || string.IsNullOrEmpty(page.NextPageToken)) return null;
            if (!seenTokens.Add(page.NextPageToken))
            {
                Warn(options, "Paging stopped: the server returned a nextPageToken it had already returned, which would repeat pages forever.");
                return null;
            }

            // Token endpoints ignore startAt in the query (a loop that never ends) and reject it in a POST body.
            var withoutStart = PagingParameters.Without(current, StartAt);
            return PagingParameters.With(withoutStart, NextPageToken, page.NextPageToken);
        }

        private static void Warn(PagingOptions options, string message) => options.OnWarning?.Invoke(message);
    }
}
