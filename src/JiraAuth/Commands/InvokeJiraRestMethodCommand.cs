using System;
using System.Collections;
using System.Collections.Specialized;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Http;
using JiraAuth.Core.Json;
using JiraAuth.Core.Paging;
using JiraAuth.Infrastructure;
using JiraAuth.Input;
using JiraAuth.Output;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

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
                using (var deadline = Bound(nameof(TimeoutSec)) ? new CancellationTokenSource(TimeSpan.FromSeconds(TimeoutSec)) : new CancellationTokenSource())
                {
                    if (Paginate) WritePages(connection, request, deadline.Token);
                    else if (OutFile != null) Download(connection, request, deadline);
                    else WriteResponse(Send(connection, request, deadline));
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
            if (Query != null)
            {
                foreach (DictionaryEntry entry in Query) request.Query[Unwrap(entry.Key)?.ToString() ?? string.Empty] = UnwrapQueryValue(entry.Value);
            }
            if (Headers != null)
            {
                foreach (DictionaryEntry entry in Headers) request.Headers[Unwrap(entry.Key)?.ToString() ?? string.Empty] = Unwrap(entry.Value)?.ToString() ?? string.Empty;
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

        private JiraResponse Send(JiraConnection connection, JiraRequest request, CancellationTokenSource deadline)
        {
            return RunSync(ct => WithDeadline(ct, deadline, linked => connection.Client.SendAsync(request, linked)));
        }

        private void Download(JiraConnection connection, JiraRequest request, CancellationTokenSource deadline)
        {
            var file = SessionState.Path.GetUnresolvedProviderPathFromPSPath(OutFile);
            // Downloaded beside the target and moved into place only when complete: a failed download must neither
            // look like one that worked nor destroy the copy the user already had.
            var partial = file + ".partial";
            JiraResponse response;
            try
            {
                using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None))
                {
                    response = RunSync(ct => WithDeadline(ct, deadline, linked => connection.Client.DownloadAsync(request, stream, linked)));
                }
                if (response.IsSuccess)
                {
                    if (File.Exists(file)) File.Copy(partial, file, overwrite: true); // File.Move cannot overwrite on .NET Framework
                    else File.Move(partial, file);
                }
            }
            finally
            {
                if (File.Exists(partial)) File.Delete(partial);
            }
            SetResponseVariables(response);
            if (!response.IsSuccess)
            {
                WriteWarning($"Nothing was saved to {file}: Jira answered {response.StatusCode}.");
                return;
            }
            WriteVerbose($"Saved {new FileInfo(file).Length} bytes to {file}.");
        }

        private static async Task<T> WithDeadline<T>(CancellationToken stopping, CancellationTokenSource deadline, Func<CancellationToken, Task<T>> work)
        {
            using (var linked = CancellationTokenSource.CreateLinkedTokenSource(stopping, deadline.Token))
            {
                try
                {
                    return await work(linked.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (deadline.IsCancellationRequested && !stopping.IsCancellationRequested)
                {
                    throw new TimeoutException("The call did not finish within -TimeoutSec.");
                }
            }
        }

        private void WriteResponse(JiraResponse response)
        {
            SetResponseVariables(response);
            if (string.IsNullOrEmpty(response.BodyText)) return;
            if (OutputType == JiraOutputType.Json || response.Json == null)
            {
                WriteObject(response.BodyText);
                return;
            }

            if (response.Json is JArray array)
            {
                // ConvertFrom-Json enumerates a top-level array; -First/-Skip then count its items.
                var items = array.Skip((int)Math.Min(Skip, int.MaxValue));
                if (Bound(nameof(First))) items = items.Take((int)Math.Min(First, int.MaxValue));
                foreach (var item in items) WriteObject(Convert(item));
                return;
            }
            WriteObject(Convert(response.Json));
        }

        private void WritePages(JiraConnection connection, JiraRequest request, CancellationToken deadline)
        {
            const int activityId = 1;
            var activity = $"{request.Method} {Path}";
            var options = new PagingOptions
            {
                Skip = Skip,
                First = Bound(nameof(First)) ? First : (long?)null,
                OnPage = page => WriteProgress(PageProgressRecord(activityId, activity, page)),
                OnWarning = WriteWarning,
                OnResponse = SetResponseVariables,
            };
            using (var linked = CancellationTokenSource.CreateLinkedTokenSource(CancellationToken, deadline))
            using (CaptureRetryNotices())
            {
                try
                {
                    foreach (var item in new JiraPaginator(connection.Client).Paginate(request, options, linked.Token))
                    {
                        FlushVerbose();
                        WriteObject(OutputType == JiraOutputType.Json ? item.ToString(Formatting.None) : Convert(item));
                    }
                }
                catch (OperationCanceledException) when (deadline.IsCancellationRequested && !CancellationToken.IsCancellationRequested)
                {
                    throw new TimeoutException("Paging did not finish within -TimeoutSec.");
                }
                catch (OperationCanceledException) when (CancellationToken.IsCancellationRequested)
                {
                    throw new PipelineStoppedException();
                }
                finally
                {
                    FlushVerbose();
                    WriteProgress(new ProgressRecord(activityId, activity, "Done") { RecordType = ProgressRecordType.Completed });
                }
            }
        }

        private static ProgressRecord PageProgressRecord(int activityId, string activity, PageProgress page)
        {
            var status = page.Total.HasValue ? $"Page {page.PageNumber}: {page.ItemsReceived} of {page.Total} items" : $"Page {page.PageNumber}: {page.ItemsReceived} items";
            var record = new ProgressRecord(activityId, activity, status);
            if (page.Total.HasValue && page.Total.Value > 0) record.PercentComplete = (int)Math.Min(100, page.ItemsReceived * 100 / page.Total.Value);
            return record;
        }

        private object Convert(JToken token)
        {
            switch (OutputType)
            {
                case JiraOutputType.Hashtable:
                    return new JsonOutputConverter(new DictionaryJsonObjectBuilder()).Convert(token);
                case JiraOutputType.Json:
                    return token.ToString(Formatting.None);
                default:
                    return new JsonOutputConverter(new PSObjectJsonBuilder()).Convert(token);
            }
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
