using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Completion;
using JiraAuth.Core.Completion;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Http;
using JiraAuth.Files;
using JiraAuth.Errors;
using JiraAuth.ErrorRecords;
using JiraAuth.Cmdlets;

namespace JiraAuth.Commands
{
    /// <summary>
    /// Downloads Atlassian's published OpenAPI documents and writes a fresh REST path index for this user, which
    /// Invoke-JiraRestMethod -Path then completes from instead of the index shipped in the module.
    /// </summary>
    [Cmdlet(VerbsData.Update, "JiraRestPathIndex", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(RestPathIndexUpdate))]
    public sealed class UpdateJiraRestPathIndexCommand : JiraCmdlet
    {
        /// <summary>Where Atlassian publishes the platform (v3) and Jira Software documents.</summary>
        public static readonly Uri[] PublishedDocuments =
        {
            new Uri("https://developer.atlassian.com/cloud/jira/platform/swagger-v3.v3.json"),
            new Uri("https://developer.atlassian.com/cloud/jira/software/swagger.v3.json"),
        };

        [Parameter(Position = 0)]
        [ValidateNotNullOrEmpty]
        public Uri[] Uri { get; set; } = PublishedDocuments;

        [Parameter]
        [ValidateRange(1, 3600)]
        public int TimeoutSec { get; set; } = 100;

        /// <summary>The proxy for the downloads; without it the system proxy is used.</summary>
        [Parameter]
        [ValidateNotNull]
        public Uri Proxy { get; set; }

        /// <summary>User name and password for a proxy that asks for them (407).</summary>
        [Parameter]
        [Credential]
        [ValidateNotNull]
        public PSCredential ProxyCredential { get; set; }

        /// <summary>Authenticates to the proxy as the logged-on user (Windows integrated authentication).</summary>
        [Parameter]
        public SwitchParameter ProxyUseDefaultCredentials { get; set; }

        protected override void EndProcessing()
        {
            TransportSettings transport;
            try
            {
                transport = new TransportSettings
                {
                    Timeout = TimeSpan.FromSeconds(TimeoutSec),
                    Proxy = ProxyParameters.ToSettings(Proxy, ProxyCredential, ProxyUseDefaultCredentials),
                };
            }
            catch (ArgumentException e)
            {
                ThrowTerminatingError(JiraErrorRecords.FromException(e, Proxy));
                return;
            }
            var target = RestPathIndexStore.UserIndexPath;
            if (!ShouldProcess(target, "Write the REST path index from " + string.Join(", ", Uri.Select(u => u.ToString())))) return;
            try
            {
                var index = RunSync(ct => DownloadAsync(Uri, transport, NewRetryOptions(), ct));
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target));
                AtomicFileWriter.Write(target, stream =>
                {
                    using (var writer = new StreamWriter(stream, new UTF8Encoding(false))) index.Write(writer);
                    return true;
                });
                WriteObject(new RestPathIndexUpdate(target, index.Entries.Count, Uri));
            }
            catch (Exception e) when (IsReportable(e) && (e is HttpRequestException || e is InvalidDataException || e is IOException
                || e is UnauthorizedAccessException || e is Newtonsoft.Json.JsonException || e is TimeoutException || e is TaskCanceledException
                || e is JiraApiException))
            {
                WriteError(JiraErrorRecords.Create(e, ErrorIds.RestPathIndexNotUpdated, ErrorCategory.ReadError, Uri,
                    new Remedy(RemedyKind.CheckRestPathIndexSource)));
            }
        }

        /// <summary>Each document through the shared transport (proxy, timeout, retries, -Verbose traces), no credentials.</summary>
        private static async Task<RestPathIndex> DownloadAsync(IEnumerable<Uri> documents, TransportSettings transport, RetryOptions retry,
            CancellationToken cancellationToken)
        {
            var readers = new List<TextReader>();
            try
            {
                foreach (var document in documents)
                {
                    using (var client = HttpTransportFactory.Anonymous(document, transport, retry))
                    {
                        var response = await client.SendAsync(new JiraRequest(HttpMethod.Get, document.AbsoluteUri) { SkipHttpErrorCheck = true },
                            cancellationToken).ConfigureAwait(false);
                        if (!response.IsSuccess)
                        {
                            throw new HttpRequestException($"{document} answered {response.StatusCode} {response.ReasonPhrase}.");
                        }
                        readers.Add(new StringReader(response.BodyText));
                    }
                }
                return RestPathIndex.FromOpenApi(readers);
            }
            finally
            {
                readers.ForEach(r => r.Dispose());
            }
        }
    }
}
