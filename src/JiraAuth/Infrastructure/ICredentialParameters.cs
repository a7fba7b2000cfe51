using System;
using System.Management.Automation;
using System.Security;
using JiraAuth.Core.Auth;

namespace JiraAuth.Infrastructure
{
    /// <summary>The site, credential and endpoint parameters that Connect-JiraCloud and Test-JiraToken both take, read in one place.</summary>
    public interface ICredentialParameters
    {
        string Site { get; }
        PSCredential Credential { get; }
        string Email { get; }
        SecureString ApiToken { get; }
        SecureString PersonalAccessToken { get; }
        AuthMode AuthMode { get; }
        string CloudId { get; }
        DateTime ExpiresOn { get; }
        SwitchParameter AllowUnencryptedAuthentication { get; }
        Uri GatewayUri { get; }
        Uri AuthUri { get; }
        int TimeoutSec { get; }

        /// <summary>Whether the user gave the parameter (ExpiresOn and TimeoutSec have no "unset" value of their own).</summary>
        bool IsBound(string parameterName);
    }
}
