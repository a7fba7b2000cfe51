using System;
using System.Management.Automation;
using System.Security;
using JiraAuth.Binding;
using JiraAuth.Cmdlets;
using JiraAuth.Connecting;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Connecting;
using JiraAuth.Core.Connections;
using JiraAuth.Core.OAuth;
using JiraAuth.ErrorRecords;
using JiraAuth.Input;
using JiraAuth.OAuth;
using JiraAuth.Vault;

namespace JiraAuth.Commands
{
    /// <summary>Connects to a Jira site, validates the credential with /myself and registers the connection in the session.</summary>
    [Cmdlet(VerbsCommunications.Connect, "JiraCloud", DefaultParameterSetName = EnvironmentSet, SupportsShouldProcess = true,
        ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(JiraConnection))]
    public sealed partial class ConnectJiraCloudCommand : JiraCredentialCmdlet, IConnectHost, ISignInHost
    {
        private const string EnvironmentSet = "Environment";
        private const string SavedSet = "Saved";
        private const string ServiceAccountSet = "ServiceAccount";
        private const string OAuthSet = "OAuth";

        [Parameter(ParameterSetName = CredentialSet, Mandatory = true, Position = 0)]
        [Parameter(ParameterSetName = ApiTokenSet, Mandatory = true, Position = 0)]
        [Parameter(ParameterSetName = PatSet, Mandatory = true, Position = 0)]
        [Parameter(ParameterSetName = EnvironmentSet, Position = 0)]
        [Parameter(ParameterSetName = ServiceAccountSet, Position = 0)]
        [Parameter(ParameterSetName = OAuthSet, Position = 0)]
        [ValidateNotNullOrEmpty]
        public override string Site { get; set; }

        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = ApiTokenSet)]
        [Parameter(ParameterSetName = EnvironmentSet)]
        public override AuthMode AuthMode { get; set; } = AuthMode.Auto;

        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = ApiTokenSet)]
        [Parameter(ParameterSetName = PatSet)]
        [Parameter(ParameterSetName = EnvironmentSet)]
        [Parameter(ParameterSetName = ServiceAccountSet)]
        [ValidateNotNullOrEmpty]
        public override string CloudId { get; set; }

        /// <summary>Names the connection; in the Saved set it picks the saved connection to load.</summary>
        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = ApiTokenSet)]
        [Parameter(ParameterSetName = PatSet)]
        [Parameter(ParameterSetName = SavedSet, Mandatory = true)]
        [Parameter(ParameterSetName = ServiceAccountSet)]
        [Parameter(ParameterSetName = OAuthSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(JiraConnectionNameCompleter))]
        public string Name { get; set; }

        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = ApiTokenSet)]
        [Parameter(ParameterSetName = PatSet)]
        [Parameter(ParameterSetName = EnvironmentSet)]
        [Parameter(ParameterSetName = ServiceAccountSet)]
        [Parameter(ParameterSetName = OAuthSet)]
        public SwitchParameter Save { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Vault { get; set; }

        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = ApiTokenSet)]
        [Parameter(ParameterSetName = PatSet)]
        [Parameter(ParameterSetName = EnvironmentSet)]
        public override DateTime ExpiresOn { get; set; }

        [Parameter]
        public SwitchParameter SkipValidation { get; set; }

        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = ApiTokenSet)]
        [Parameter(ParameterSetName = PatSet)]
        [Parameter(ParameterSetName = EnvironmentSet)]
        [Parameter(ParameterSetName = ServiceAccountSet)]
        [Parameter(ParameterSetName = OAuthSet)]
        public override SwitchParameter AllowUnencryptedAuthentication { get; set; }

        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = ApiTokenSet)]
        [Parameter(ParameterSetName = PatSet)]
        [Parameter(ParameterSetName = EnvironmentSet)]
        [Parameter(ParameterSetName = ServiceAccountSet)]
        [Parameter(ParameterSetName = OAuthSet)]
        [ValidateNotNull]
        public override Uri GatewayUri { get; set; }

        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = ApiTokenSet)]
        [Parameter(ParameterSetName = PatSet)]
        [Parameter(ParameterSetName = EnvironmentSet)]
        [Parameter(ParameterSetName = ServiceAccountSet)]
        [Parameter(ParameterSetName = OAuthSet)]
        [ValidateNotNull]
        public override Uri AuthUri { get; set; }

        /// <summary>OAuth: the app's client id (3LO) or the service account credential's.</summary>
        [Parameter(ParameterSetName = ServiceAccountSet, Mandatory = true)]
        [Parameter(ParameterSetName = OAuthSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string ClientId { get; set; }

        [Parameter(ParameterSetName = ServiceAccountSet, Mandatory = true)]
        [Parameter(ParameterSetName = OAuthSet, Mandatory = true)]
        [ValidateNotNull]
        public SecureString ClientSecret { get; set; }

        /// <summary>OAuth client credentials of a service account (with -ClientId/-ClientSecret, or -Credential whose user name is the client id).</summary>
        [Parameter(ParameterSetName = ServiceAccountSet, Mandatory = true)]
        [Parameter(ParameterSetName = CredentialSet)]
        public SwitchParameter ServiceAccount { get; set; }

        /// <summary>3LO: the scopes to ask for (offline_access is added). Service accounts: a subset of the credential's scopes.</summary>
        [Parameter(ParameterSetName = OAuthSet, Mandatory = true)]
        [Parameter(ParameterSetName = ServiceAccountSet)]
        [Parameter(ParameterSetName = CredentialSet)]
        [ValidateNotNullOrEmpty]
        public string[] Scope { get; set; }

        /// <summary>3LO: the callback URL registered for the app (default http://localhost:8765/callback).</summary>
        [Parameter(ParameterSetName = OAuthSet)]
        [ValidateNotNull]
        public Uri RedirectUri { get; set; }

        /// <summary>3LO: show the sign-in address and read the pasted redirect address instead of opening a browser.</summary>
        [Parameter(ParameterSetName = OAuthSet)]
        public SwitchParameter NoBrowser { get; set; }

        /// <summary>The proxy for this connection's requests; without it the system proxy is used.</summary>
        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = ApiTokenSet)]
        [Parameter(ParameterSetName = PatSet)]
        [Parameter(ParameterSetName = EnvironmentSet)]
        [Parameter(ParameterSetName = ServiceAccountSet)]
        [Parameter(ParameterSetName = OAuthSet)]
        [ValidateNotNull]
        public Uri Proxy { get; set; }

        /// <summary>User name and password for a proxy that asks for them (407); saved with the connection's secret.</summary>
        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = ApiTokenSet)]
        [Parameter(ParameterSetName = PatSet)]
        [Parameter(ParameterSetName = EnvironmentSet)]
        [Parameter(ParameterSetName = ServiceAccountSet)]
        [Parameter(ParameterSetName = OAuthSet)]
        [Credential]
        [ValidateNotNull]
        public PSCredential ProxyCredential { get; set; }

        /// <summary>Authenticates to the proxy as the logged-on user (Windows integrated authentication).</summary>
        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = ApiTokenSet)]
        [Parameter(ParameterSetName = PatSet)]
        [Parameter(ParameterSetName = EnvironmentSet)]
        [Parameter(ParameterSetName = ServiceAccountSet)]
        [Parameter(ParameterSetName = OAuthSet)]
        public SwitchParameter ProxyUseDefaultCredentials { get; set; }

        /// <summary>Makes this the session's default connection even when another one exists.</summary>
        [Parameter]
        public SwitchParameter Default { get; set; }

        private bool NonInteractive => HostInteractivity.IsCurrentNonInteractive(Host?.Name);

        protected override void ProcessRecord()
        {
            var target = Site ?? Name;
            try
            {
                var factory = new JiraConnectionFactory(new SecretManagementStore(NonInteractive), ConnectionRegistry.ProcessWide, this);
                var name = Name ?? ConnectionNames.Default;
                var vault = Vault;
                var isSaved = false;
                IConnectStrategy strategy;
                if (ParameterSetName == SavedSet)
                {
                    var saved = factory.LoadSaved(Name, Vault, NewRetryOptions(), RequestTimeout);
                    (name, vault, isSaved, strategy) = (saved.Name, saved.Vault, true, saved.Strategy);
                }
                else if (ParameterSetName == ServiceAccountSet || (ParameterSetName == CredentialSet && ServiceAccount))
                {
                    strategy = new ServiceAccountStrategy(Settings().BuildForOAuth(siteFromSignIn: false), ServiceAccountClient(), Scope);
                }
                else if (ParameterSetName == OAuthSet)
                {
                    var client = new OAuthClientCredential(ClientId, CredentialFactory.Secret(ClientSecret));
                    strategy = OAuthConnectRequests.SignIn(this, name, Settings().BuildForOAuth(siteFromSignIn: true), client, Scope, Site, RedirectUri,
                        NoBrowser, Vault);
                }
                else
                {
                    var builder = Settings(withCredential: true);
                    if (!builder.HasSecret && !FillFromEnvironment(builder)) return;
                    strategy = new StaticCredentialStrategy(builder.Build());
                }
                var request = new ConnectRequest(name, strategy)
                {
                    Vault = vault,
                    IsSaved = isSaved,
                    Save = Save,
                    Validate = !SkipValidation,
                    MakeDefault = Default,
                    WhatIf = WhatIfRequested,
                };
                WriteObject(factory.Connect(request));
            }
            catch (VaultException e)
            {
                ThrowTerminatingError(JiraErrorRecords.FromException(e, Vault ?? target));
            }
            catch (Exception e) when (IsReportable(e))
            {
                if (e is JiraAuthenticationException auth && !string.IsNullOrEmpty(auth.Diagnosis.Detail)) WriteVerbose(auth.Diagnosis.Detail);
                ThrowTerminatingError(JiraErrorRecords.FromException(e, target));
            }
        }
    }
}
