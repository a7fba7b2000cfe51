using System;
using System.Collections;
using System.Collections.Specialized;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Net.Http.Headers;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Http;
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
    public sealed partial class InvokeJiraRestMethodCommand : JiraConnectionCmdlet
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

        private static object Unwrap(object value) => value is PSObject wrapped ? wrapped.BaseObject : value;

        private static object UnwrapQueryValue(object value)
        {
            var raw = Unwrap(value);
            return raw is object[] array ? array.Select(Unwrap).ToArray() : raw;
        }
    }
}
