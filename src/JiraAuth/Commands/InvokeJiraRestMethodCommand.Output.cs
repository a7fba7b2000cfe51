using System;
using System.Collections;
using System.Management.Automation;
using JiraAuth.Cmdlets;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Http;
using JiraAuth.Core.Paging;
using JiraAuth.Core.Paging.Ranges;
using JiraAuth.Output;

namespace JiraAuth.Commands
{
    /// <summary>What a call writes: the answer or its pages as items, progress, and the -StatusCodeVariable/-ResponseHeadersVariable values.</summary>
    public sealed partial class InvokeJiraRestMethodCommand
    {
        private ItemWindow NewItemWindow() => new ItemWindow(Skip, Bound(nameof(First)) ? First : (long?)null);

        private void WriteResponse(JiraResponse response)
        {
            SetResponseVariables(response);
            if (!response.HasBody) return;
            if (OutputType == JiraOutputType.Json)
            {
                WriteObject(response.BodyText);
                return;
            }
            // Converted straight from the body's bytes. ConvertFrom-Json enumerates a top-level array; -First/-Skip then count its items.
            var namer = EntityTypeNamer.For(OutputType, response);
            foreach (var item in UnpagedItems.Read(response, OutputConverters.For(OutputType), NewItemWindow()))
            {
                WriteObject(EntityTypeNamer.Apply(namer, item));
            }
        }

        private void WritePages(JiraConnection connection, JiraRequest request, CallDeadline deadline)
        {
            const int activityId = 1;
            // The path as typed may carry a token in its query (?token=…); progress shows it without query, as errors do.
            var activity = $"{request.Method} {SafeUri.DescribeText(Path)}";
            EntityTypeNamer namer = null;
            var options = new PagingOptions
            {
                Skip = Skip,
                First = Bound(nameof(First)) ? First : (long?)null,
                ThrottleLimit = ThrottleLimit,
                OnPage = page => WriteProgress(PageProgressRecord(activityId, activity, page)),
                OnRangeProgress = ranges => WriteProgress(RangeProgressRecord(activityId, activity, ranges)),
                OnWarning = WriteWarning,
                OnVerbose = WriteVerbose,
                OnResponse = response =>
                {
                    SetResponseVariables(response);
                    namer = EntityTypeNamer.For(OutputType, response);
                },
            };
            using (ObserveCalls())
            using (var pages = new JiraPaginator(connection.Client).OpenItems(request, options, OutputConverters.For(OutputType), deadline.Token))
            {
                try
                {
                    // Items are converted and written here, on the pipeline thread, as they are parsed; the only wait is for the next page.
                    while (true)
                    {
                        while (pages.TryRead(out var item)) WriteObject(EntityTypeNamer.Apply(namer, item));
                        if (pages.IsFinished) break;
                        RunSync(_ => deadline.Watch(pages.WaitAsync()));
                    }
                }
                catch (OperationCanceledException) when (CancellationToken.IsCancellationRequested)
                {
                    throw new PipelineStoppedException();
                }
                catch (OperationCanceledException) when (deadline.Expired)
                {
                    throw deadline.TimedOut();
                }
                finally
                {
                    FlushCallEvents();
                    WriteProgress(new ProgressRecord(activityId, activity, "Done") { RecordType = ProgressRecordType.Completed });
                }
            }
        }

        private static ProgressRecord PageProgressRecord(int activityId, string activity, PageProgress page)
        {
            var status = page.Total.HasValue ? $"Page {page.PageNumber}: {page.ItemsReceived} of {page.Total} items"
                : $"Page {page.PageNumber}: {page.ItemsReceived} items";
            var record = new ProgressRecord(activityId, activity, status);
            if (page.Total.HasValue && page.Total.Value > 0) record.PercentComplete = (int)Math.Min(100, page.ItemsReceived * 100 / page.Total.Value);
            return record;
        }

        private static ProgressRecord RangeProgressRecord(int activityId, string activity, RangeProgress ranges)
        {
            var items = ranges.ApproximateCount.HasValue ? $"{ranges.ItemsReceived:#,0} of about {ranges.ApproximateCount.Value:#,0} issues"
                : $"{ranges.ItemsReceived:#,0} issues";
            var status = $"{items}; id ranges: {ranges.RangesFetched} fetched, {ranges.RangesFetching} fetching, {ranges.RangesWaiting} waiting";
            return new ProgressRecord(activityId, activity, status) { PercentComplete = ranges.PercentComplete ?? -1 };
        }

        private void SetResponseVariables(JiraResponse response)
        {
            SetVariable(StatusCodeVariable, response.StatusCode);
            if (ResponseHeadersVariable == null) return;
            var headers = new Hashtable(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in response.Headers) headers[pair.Key] = pair.Value;
            SetVariable(ResponseHeadersVariable, headers);
        }

        private void SetVariable(string name, object value)
        {
            if (name != null) SessionState.PSVariable.Set(name, value);
        }
    }
}
