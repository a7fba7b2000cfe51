using System;
using System.Management.Automation;
using System.Security;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Storage;
using JiraAuth.Infrastructure;
using JiraAuth.Vault;

namespace JiraAuth.Commands
{
    /// <summary>Connects to a Jira site, validates the credential with /myself and registers the connection in the session.</summary>
    [Cmdlet(VerbsCommunications.Connect, "JiraCloud", DefaultParameterSetName = EnvironmentSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(JiraConnection))]
    public sealed class ConnectJiraCloudCommand : JiraCredentialCmdlet
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
                var store = new SecretManagementStore(NonInteractive);
                var vault = Vault;
                ConnectionSettings settings;
                string name;
                if (ParameterSetName == SavedSet)
                {
                    var saved = store.Load(Name, Vault);
                    if (saved == null)
                    {
                        ThrowTerminatingError(JiraErrorRecords.Create(
                            new ItemNotFoundException($"No saved Jira connection named '{Name}' was found{(Vault != null ? " in vault '" + Vault + "'" : " in any vault")}."),
                            ErrorIds.SavedConnectionNotFound, ErrorCategory.ObjectNotFound, Name,
                            $"Save it once with Connect-JiraCloud -Site <site> -Credential (Get-Credential) -Name {Name} -Save; Get-JiraConnection -ListAvailable lists saved connections."));
                        return;
                    }
                    settings = ConnectionRecordMapper.ToSettings(saved.Record);
                    settings.Retry = NewRetryOptions();
                    if (RequestTimeout.HasValue) settings.Timeout = RequestTimeout.Value;
                    name = saved.Record.Name ?? Name;
                    vault = saved.VaultName;
                }
                else
                {
                    settings = BuildSettings();
                    if (settings == null) return;
                    name = Name ?? "default";
                }

                // Check the vault before touching Jira: a scheduled task should learn about a missing vault at once.
                if (Save && vault == null) vault = store.DefaultVaultName();
                else if (Save && !WhatIfRequested) store.EnsureVaultExists(vault);

                var result = RunSync(ct => new JiraConnector().ConnectAsync(name, settings, !SkipValidation, ct));
                var connection = result.Connection;
                if (!string.IsNullOrEmpty(result.Diagnosis?.Detail)) WriteVerbose(result.Diagnosis.Detail);
                if (result.Diagnosis != null) WriteVerbose($"Connected to {connection.ApiBaseUri} as {result.Diagnosis.Account} with {connection.AuthMode} in {result.Diagnosis.Elapsed.TotalMilliseconds:0} ms.");
                if (ParameterSetName == SavedSet) connection.VaultName = vault;

                if (Save && ShouldProcess($"{ConnectionRecordSerializer.SecretName(name)} in vault '{vault}'", "Save Jira connection"))
                {
                    try
                    {
                        connection.VaultName = store.Save(ConnectionRecordMapper.FromConnection(connection), vault);
                    }
                    catch
                    {
                        connection.Dispose(); // not registered, so nobody else would release its HTTP client
                        throw;
                    }
                }

                WarnIfExpiring(connection);
                ConnectionRegistry.ProcessWide.Register(connection, Default);
                WriteObject(connection);
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

        private void WarnIfExpiring(JiraConnection connection)
        {
            if (!connection.ExpiresOn.HasValue) return;
            var days = Math.Floor((connection.ExpiresOn.Value - DateTimeOffset.Now).TotalDays);
            if (days < 0) WriteWarning($"The token of connection '{connection.Name}' expired on {connection.ExpiresOn.Value:d} (per -ExpiresOn). Create a new one.");
            else if (days <= 14) WriteWarning($"The token of connection '{connection.Name}' expires in {days} days ({connection.ExpiresOn.Value:d}). Create a new one and save it with Connect-JiraCloud -Save.");
        }
    }
}
