using System;
using System.Management.Automation;
using System.Security;
using JiraAuth.Core.Auth;


namespace JiraAuth.Cmdlets
{
    /// <summary>
    /// Base for the cmdlets that take a site and a credential (Connect-JiraCloud, Test-JiraToken): the credential
    /// parameters and -TimeoutSec are declared here, once, in the three credential parameter sets.
    /// The site and endpoint parameters are abstract: Connect-JiraCloud also offers them in its Environment, ServiceAccount
    /// and OAuth sets, and PowerShell reads parameter sets from the [Parameter] attributes of the most derived declaration
    /// only (an override's attributes replace the base's), so each cmdlet states the sets of its site and endpoint
    /// parameters itself; declaring every set here would give Test-JiraToken sets it cannot serve.
    /// <see cref="ConnectionSettingsBuilder.From"/> reads all of them.
    /// </summary>
    public abstract class JiraCredentialCmdlet : JiraCmdlet
    {
        protected const string CredentialSet = "Credential";
        protected const string ApiTokenSet = "ApiToken";
        protected const string PatSet = "PersonalAccessToken";

        public abstract string Site { get; set; }

        [Parameter(ParameterSetName = CredentialSet, Mandatory = true, Position = 1)]
        [Credential]
        [ValidateNotNull]
        public PSCredential Credential { get; set; }

        [Parameter(ParameterSetName = ApiTokenSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string Email { get; set; }

        [Parameter(ParameterSetName = ApiTokenSet, Mandatory = true)]
        [ValidateNotNull]
        public SecureString ApiToken { get; set; }

        [Parameter(ParameterSetName = PatSet, Mandatory = true)]
        [ValidateNotNull]
        public SecureString PersonalAccessToken { get; set; }

        public abstract AuthMode AuthMode { get; set; }
        public abstract string CloudId { get; set; }
        public abstract DateTime ExpiresOn { get; set; }
        public abstract SwitchParameter AllowUnencryptedAuthentication { get; set; }
        public abstract Uri GatewayUri { get; set; }
        public abstract Uri AuthUri { get; set; }

        /// <summary>The limit for each request to Jira (and for the cloudId lookup), in seconds.</summary>
        [Parameter]
        [ValidateRange(1, 3600)]
        public int TimeoutSec { get; set; }

        /// <summary>-TimeoutSec when the user gave it; null leaves the connection's default.</summary>
        internal TimeSpan? RequestTimeout => IsBound(nameof(TimeoutSec)) ? TimeSpan.FromSeconds(TimeoutSec) : (TimeSpan?)null;

        /// <summary>Whether the user gave the parameter (ExpiresOn and TimeoutSec have no "unset" value of their own).</summary>
        internal bool IsBound(string parameterName) => MyInvocation.BoundParameters.ContainsKey(parameterName);
    }
}
