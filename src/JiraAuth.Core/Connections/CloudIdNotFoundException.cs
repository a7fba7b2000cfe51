using System;
using JiraAuth.Core.Sites;

namespace JiraAuth.Core.Connections
{
    /// <summary>A site's tenant_info gave no cloudId: not a Cloud site, a typo, or a proxy in the way.</summary>
    public sealed class CloudIdNotFoundException : Exception
    {
        public CloudIdNotFoundException(JiraSite site, int statusCode, string message) : base(message)
        {
            Site = site;
            StatusCode = statusCode;
        }

        public JiraSite Site { get; }
        public int StatusCode { get; }
    }
}
