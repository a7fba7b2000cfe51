using System;
using System.Collections;
using System.Collections.Specialized;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Http;
using JiraAuth.Core.Json;
using JiraAuth.Core.Paging;
using JiraAuth.Core.Paging.Ranges;
using JiraAuth.Input;
using JiraAuth.Output;
using JiraAuth.Files;
using JiraAuth.ErrorRecords;
using JiraAuth.Cmdlets;

namespace JiraAuth.Commands
{
    /// <summary>
    /// Calls any Jira REST endpoint through a connection: paths relative to the connection's REST API, paging on request,
    /// and output shaped like ConvertFrom-Json's so existing scripts keep working.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "JiraRestMethod", DefaultParameterSetName = BodySet)]
    [OutputType(typeof(PSObject), typeof(OrderedDictionary), typeof(string))]
    public sealed class InvokeJiraRestMethodCommand : JiraConnectionCmdlet
    {
        private const string BodySet = "Body";
        private const string InFileSet = "InFile";

        /// <summary>`myself` (relative to the connection's REST API version), `/rest/agile/1.0/board`, or an absolute URL on the connection's site.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [Alias("Uri")]
        [ArgumentCompleter(typeof(Completion.RestPathCompleter))]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; }

        [Parameter(Position = 1)]
        [ValidateSet("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", IgnoreCase = true)]
        public string Method { get; set; } = "GET";

        [Parameter]
        [ValidateNotNull]
        public IDictionary Query { get; set; }

        /// <summary>A hashtable or object (sent as JSON), a JSON string, or bytes.</summary>
        [Parameter(ParameterSetName = BodySet, ValueFromPipeline = true)]
        public object Body { get; set; }

        [Parameter(ParameterSetName = InFileSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string InFile { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string ContentType { get; set; }

        [Parameter]
        [ValidateNotNull]
        public IDictionary Headers { get; set; }

        /// <summary>Follows every page and writes the items one by one as pages arrive.</summary>
        [Parameter]
        public SwitchParameter Paginate { get; set; }

        [Parameter]
        [ValidateRange(0, long.MaxValue)]
        public long First { get; set; }

        [Parameter]
        [ValidateRange(0, long.MaxValue)]
        public long Skip { get; set; }

        [Parameter]
        public JiraOutputType OutputType { get; set; } = JiraOutputType.PSObject;

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string OutFile { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string ResponseHeadersVariable { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string StatusCodeVariable { get; set; }

        [Parameter]
        public SwitchParameter SkipHttpErrorCheck { get; set; }

        /// <summary>With -Paginate: how many requests may run at once: pages of a startAt endpoint once its total is known, or the id-range chains of
        /// a search/jql export (items still come out in order).</summary>
        [Parameter]
        [ValidateRange(1, 32)]
        public int ThrottleLimit { get; set; } = 4;

        /// <summary>How often a rate-limited (429), unavailable or unanswered request is tried again (default 4; 0 = never).</summary>
        [Parameter]
        [ValidateRange(0, 20)]
        public int MaximumRetryCount { get; set; }

        /// <summary>The most this call may spend waiting for retries and rate limits, in total (default 180). Longer waits fail at once, saying when the limit
        /// resets.</summary>
        [Parameter]
        [ValidateRange(0, 86400)]
        public int MaximumRetryWaitSec { get; set; }

        /// <summary>The longest the whole call may take, all pages included; the connection's own timeout applies to each request.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int TimeoutSec { get; set; }

        private bool Bound(string name) => MyInvocation.BoundParameters.ContainsKey(name);

        protected override object NoConnectionTarget => Path;

        protected override void ProcessRecordWithConnection(JiraConnection connection)
        {
            Stream upload = null;
            try
            {
                var request = BuildRequest(out upload);
                // The lease keeps this call's HTTP client alive if another runspace replaces or removes the connection meanwhile.
                using (connection.Client.Lease())
                using (var deadline = new CallDeadline(CancellationToken, Bound(nameof(TimeoutSec)) ? TimeoutSec : (int?)null))
                {
                    if (Paginate) WritePages(connection, request, deadline);
                    else if (OutFile != null) Download(connection, request, deadline);
                    else WriteResponse(RunSync(_ => deadline.Watch(connection.Client.SendAsync(request, deadline.Token))));
                }
            }
            catch (JiraApiException e)
            {
                SetVariable(StatusCodeVariable, e.StatusCode);
                ThrowTerminatingError(JiraErrorRecords.FromApi(e));
            }
            catch (Exception e) when (IsReportable(e))
            {
                ThrowTerminatingError(JiraErrorRecords.FromException(e, Path));
            }
            finally
            {
                upload?.Dispose();
            }
        }

        private JiraRequest BuildRequest(out Stream upload)
        {
            upload = null;
            var method = Method.ToUpperInvariant();
            // An upload without -Method is what Jira's attachment endpoint expects.
            if (InFile != null && !Bound(nameof(Method))) method = "POST";

            var request = new JiraRequest(new HttpMethod(method), Path) { SkipHttpErrorCheck = SkipHttpErrorCheck, ContentType = ContentType };
            if (Bound(nameof(MaximumRetryCount))) request.MaxRetries = MaximumRetryCount;
            if (Bound(nameof(MaximumRetryWaitSec))) request.MaxRetryWait = TimeSpan.FromSeconds(MaximumRetryWaitSec);
            if (Query != null)
            {
                foreach (DictionaryEntry entry in Query) request.Query[Unwrap(entry.Key)?.ToString() ?? string.Empty] = UnwrapQueryValue(entry.Value);
            }
            if (Headers != null)
            {
                foreach (DictionaryEntry entry in Headers) request.Headers[Unwrap(entry.Key)?.ToString() ?? string.Empty] = Unwrap(entry.Value)?.ToString()
                    ?? string.Empty;
            }

            if (InFile != null)
            {
                var file = SessionState.Path.GetUnresolvedProviderPathFromPSPath(InFile);
                upload = File.OpenRead(file);
                var part = new StreamContent(upload);
                part.Headers.ContentType = new MediaTypeHeaderValue(ContentType ?? "application/octet-stream");
                var form = new MultipartFormDataContent { { part, "file", System.IO.Path.GetFileName(file) } };
                request.ContentType = null;
                request.Body = form;
            }
            else if (Body != null)
            {
                var body = Unwrap(Body);
                request.Body = body is string || body is byte[] || body is Stream ? body : new PowerShellJsonConverter().Convert(Body);
            }
            return request;
        }

        private void Download(JiraConnection connection, JiraRequest request, CallDeadline deadline)
        {
            var download = new OutFileDownload(SessionState.Path.GetUnresolvedProviderPathFromPSPath(OutFile));
            var response = download.Run(stream => RunSync(_ => deadline.Watch(connection.Client.DownloadAsync(request, stream, deadline.Token))));
            SetResponseVariables(response);
            if (!response.IsSuccess)
            {
                WriteWarning($"Nothing was saved to {download.Target}: Jira answered {response.StatusCode}.");
                return;
            }
            WriteVerbose($"Saved {new FileInfo(download.Target).Length} bytes to {download.Target}.");
        }

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

        private static object Unwrap(object value) => value is PSObject wrapped ? wrapped.BaseObject : value;

        private static object UnwrapQueryValue(object value)
        {
            var raw = Unwrap(value);
            return raw is object[] array ? array.Select(Unwrap).ToArray() : raw;
        }
    }
}
