using System;
using System.Management.Automation;
using System.Security;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Connections;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Connecting;
using JiraAuth.Infrastructure;
using JiraAuth.Vault;

namespace JiraAuth.Commands
{
    /// <summary>Connects to a Jira site, validates the credential with /myself and registers the connection in the session.</summary>
    [Cmdlet(VerbsCommunications.Connect, "JiraCloud", DefaultParameterSetName = EnvironmentSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(JiraConnection))]
    public sealed class ConnectJiraCloudCommand : JiraCredentialCmdlet, IConnectHost
    {
        private const string EnvironmentSet = "Environment";
        private const string SavedSet = "Saved";

        [Parameter(ParameterSetName = CredentialSet, Mandatory = true, Position = 0)]
        [Parameter(ParameterSetName = ApiTokenSet, Mandatory = true, Position = 0)]
        [Parameter(ParameterSetName = PatSet, Mandatory = true, Position = 0)]
        [Parameter(ParameterSetName = EnvironmentSet, Position = 0)]
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
        [ValidateNotNullOrEmpty]
        public override string CloudId { get; set; }

        /// <summary>Names the connection; in the Saved set it picks the saved connection to load.</summary>
        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = ApiTokenSet)]
        [Parameter(ParameterSetName = PatSet)]
        [Parameter(ParameterSetName = SavedSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(JiraConnectionNameCompleter))]
        public string Name { get; set; }

        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = ApiTokenSet)]
        [Parameter(ParameterSetName = PatSet)]
        [Parameter(ParameterSetName = EnvironmentSet)]
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
        public override SwitchParameter AllowUnencryptedAuthentication { get; set; }

        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = ApiTokenSet)]
        [Parameter(ParameterSetName = PatSet)]
        [Parameter(ParameterSetName = EnvironmentSet)]
        [ValidateNotNull]
        public override Uri GatewayUri { get; set; }

        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = ApiTokenSet)]
        [Parameter(ParameterSetName = PatSet)]
        [Parameter(ParameterSetName = EnvironmentSet)]
        [ValidateNotNull]
        public override Uri AuthUri { get; set; }

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
                ConnectRequest request;
                if (ParameterSetName == SavedSet)
                {
                    request = factory.LoadSaved(Name, Vault, NewRetryOptions(), RequestTimeout);
                }
                else
                {
                    var settings = BuildSettings();
                    if (settings == null) return;
                    request = new ConnectRequest(Name ?? "default", settings) { Vault = Vault };
                }
                request.Save = Save;
                request.Validate = !SkipValidation;
                request.MakeDefault = Default;
                request.WhatIf = WhatIfRequested;
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

        T IConnectHost.Wait<T>(Func<CancellationToken, Task<T>> work) => RunSync(work);

        void IConnectHost.WriteVerbose(string text) => WriteVerbose(text);

        void IConnectHost.WriteWarning(string text) => WriteWarning(text);

        bool IConnectHost.ShouldProcess(string target, string action) => ShouldProcess(target, action);

        private ConnectionSettings BuildSettings()
        {
            var builder = ConnectionSettingsBuilder.From(this, NewRetryOptions());
            if (!builder.HasSecret && !FillFromEnvironment(builder)) return null;
            return builder.Build();
        }

        /// <summary>JIRA_* variables; an interactive host may ask for what is missing, a non-interactive one fails naming it.</summary>
        private bool FillFromEnvironment(ConnectionSettingsBuilder builder)
        {
            var environment = EnvironmentCredentialReader.ForProcess().Read(Site);
            builder.Site = environment.Site;
            builder.CloudId = builder.CloudId ?? environment.CloudId;
            if (environment.IsComplete)
            {
                WriteVerbose($"Using {environment.Site} (from {environment.SiteVariable}), {EnvironmentCredentialReader.EmailVariable} and {EnvironmentCredentialReader.ApiTokenVariable}.");
                builder.UserName = environment.Email;
                builder.Secret = environment.ApiToken;
                return true;
            }

            var canPrompt = environment.Site != null && !NonInteractive && Host?.UI != null;
            if (canPrompt)
            {
                var entered = Host.UI.PromptForCredential("Connect-JiraCloud",
                    $"Enter the Atlassian account e-mail and an API token for {environment.Site}.", environment.Email ?? string.Empty, string.Empty);
                if (entered != null && entered.Password != null && entered.Password.Length > 0)
                {
                    builder.UserName = entered.UserName;
                    builder.Secret = CredentialFactory.Secret(entered.Password);
                    return true;
                }
            }

            ThrowTerminatingError(JiraErrorRecords.MissingCredential(
                "No credential was given and the environment does not supply one. Missing: " + string.Join(", ", environment.Missing) + ". " +
                "Pass -Site with -Credential, -Email and -ApiToken, or -PersonalAccessToken; or set the variables JIRA_SITE, JIRA_EMAIL and JIRA_API_TOKEN; or load a saved connection with -Name.",
                environment.Site ?? "Environment"));
            return false;
        }
    }
}
