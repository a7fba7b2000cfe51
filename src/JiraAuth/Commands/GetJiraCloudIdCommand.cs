using System;
using System.Management.Automation;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Http;
using JiraAuth.Core.OAuth;
using JiraAuth.Core.Sites;
using JiraAuth.Output;
using JiraAuth.Errors;
using JiraAuth.Binding;
using JiraAuth.ErrorRecords;
using JiraAuth.Cmdlets;

namespace JiraAuth.Commands
{
    /// <summary>
    /// Looks up a Cloud site's cloudId from its public tenant_info (no credentials are sent), or lists the sites an
    /// OAuth connection's token reaches (accessible-resources: id, url, name, scopes).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "JiraCloudId", DefaultParameterSetName = SiteSet)]
    [OutputType(typeof(JiraCloudIdInfo))]
    public sealed class GetJiraCloudIdCommand : JiraCmdlet
    {
        private const string SiteSet = "Site";
        private const string ConnectionSet = "Connection";

        [Parameter(ParameterSetName = SiteSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Url")]
        [ValidateNotNullOrEmpty]
        public string[] Site { get; set; }

        [Parameter]
        [ValidateRange(1, 3600)]
        public int TimeoutSec { get; set; } = 30;

        /// <summary>An OAuth connection (object or name): lists the sites its token can reach.</summary>
        [Parameter(ParameterSetName = ConnectionSet, Mandatory = true)]
        [JiraConnectionTransformation]
        [ArgumentCompleter(typeof(JiraConnectionNameCompleter))]
        public JiraConnection Connection { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ConnectionSet)
            {
                WriteAccessibleResources();
                return;
            }
            foreach (var input in Site)
            {
                try
                {
                    // tenant_info is public and no credential goes with it, so http sites (test servers, proxies) are fine here.
                    var site = JiraSite.Parse(input, allowUnencryptedAuthentication: true);
                    var transport = TransportSettings.Default.WithTimeout(TimeSpan.FromSeconds(TimeoutSec));
                    var cloudId = RunSync(ct => CloudIdResolver.Shared.GetCloudIdAsync(site, transport, ct));
                    WriteObject(new JiraCloudIdInfo(site.ToString(), cloudId));
                }
                catch (Exception e) when (IsReportable(e))
                {
                    WriteError(JiraErrorRecords.FromException(e, input));
                }
            }
        }

        private void WriteAccessibleResources()
        {
            var oauth = Connection.Settings.OAuth;
            if (oauth == null || Connection.CloudId == null)
            {
                WriteError(JiraErrorRecords.Create(new ArgumentException($"Connection '{Connection.Name}' does not use OAuth with Jira Cloud; "
                    + $"for its cloudId use Get-JiraCloudId -Site {Connection.Site}."),
                    ErrorIds.InvalidArgument, ErrorCategory.InvalidArgument, Connection.Name));
                return;
            }
            try
            {
                var settings = Connection.Settings;
                var transport = settings.Transport.WithTimeout(TimeSpan.FromSeconds(TimeoutSec));
                var sites = RunSync(ct => AccessibleResourcesClient.GetAsync(Connection.Endpoints.Gateway, oauth, transport, settings.Retry, ct));
                foreach (var site in sites) WriteObject(new JiraCloudIdInfo(site.Url, site.CloudId, site.Name, site.Scopes));
            }
            catch (Exception e) when (IsReportable(e))
            {
                WriteError(JiraErrorRecords.FromException(e, Connection.Name));
            }
        }
    }
}
