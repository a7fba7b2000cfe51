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
using JiraAuth.Infrastructure;

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

        protected override void EndProcessing()
        {
            var target = RestPathIndexStore.UserIndexPath;
            if (!ShouldProcess(target, "Write the REST path index from " + string.Join(", ", Uri.Select(u => u.ToString())))) return;
            try
            {
                var index = RunSync(ct => DownloadAsync(Uri, TimeSpan.FromSeconds(TimeoutSec), ct));
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target));
                // Written whole, then moved, so completion never reads half a file.
                var temporary = target + ".tmp";
                using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false))) index.Write(writer);
                if (File.Exists(target)) File.Delete(target);
                File.Move(temporary, target);
                WriteObject(new RestPathIndexUpdate(target, index.Entries.Count, Uri));
            }
            catch (Exception e) when (IsReportable(e) && (e is HttpRequestException || e is InvalidDataException || e is IOException
                || e is UnauthorizedAccessException || e is Newtonsoft.Json.JsonException || e is TaskCanceledException))
            {
                WriteError(JiraErrorRecords.Create(e, "JiraRestPathIndexNotUpdated", ErrorCategory.ReadError, Uri,
                    new Remedy(RemedyKind.CheckRestPathIndexSource)));
            }
        }

        private static async Task<RestPathIndex> DownloadAsync(IEnumerable<Uri> documents, TimeSpan timeout, CancellationToken cancellationToken)
        {
            using (var http = new HttpClient { Timeout = timeout })
            {
                http.DefaultRequestHeaders.UserAgent.ParseAdd(DefaultUserAgent.Value);
                var readers = new List<TextReader>();
                try
                {
                    foreach (var document in documents)
                    {
                        using (var response = await http.GetAsync(document, cancellationToken).ConfigureAwait(false))
                        {
                            if (!response.IsSuccessStatusCode)
                            {
                                throw new HttpRequestException($"{document} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
                            }
                            readers.Add(new StringReader(await response.Content.ReadAsStringAsync().ConfigureAwait(false)));
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
}
