using System;
using System.Management.Automation;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Sites;
using JiraAuth.Infrastructure;
using JiraAuth.Output;

namespace JiraAuth.Commands
{
    /// <summary>Looks up a Cloud site's cloudId from its public tenant_info (no credentials are sent).</summary>
    [Cmdlet(VerbsCommon.Get, "JiraCloudId")]
    [OutputType(typeof(JiraCloudIdInfo))]
    public sealed class GetJiraCloudIdCommand : JiraCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Url")]
        [ValidateNotNullOrEmpty]
        public string[] Site { get; set; }

        [Parameter]
        [ValidateRange(1, 3600)]
        public int TimeoutSec { get; set; } = 30;

        protected override void ProcessRecord()
        {
            foreach (var input in Site)
            {
                try
                {
                    // tenant_info is public and no credential goes with it, so http sites (test servers, proxies) are fine here.
                    var site = JiraSite.Parse(input, allowUnencryptedAuthentication: true);
                    var cloudId = RunSync(ct => CloudIdResolver.Shared.GetCloudIdAsync(site, TimeSpan.FromSeconds(TimeoutSec), ct));
                    WriteObject(new JiraCloudIdInfo(site.ToString(), cloudId));
                }
                catch (Exception e) when (IsReportable(e))
                {
                    WriteError(JiraErrorRecords.FromException(e, input));
                }
            }
        }
    }
}
