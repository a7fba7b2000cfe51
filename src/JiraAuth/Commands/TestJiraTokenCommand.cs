using System;
using System.Management.Automation;
using System.Security;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Diagnosis;
using JiraAuth.Core.Storage;
using JiraAuth.Output;
using JiraAuth.Core.Connecting;
using JiraAuth.Binding;
using JiraAuth.ErrorRecords;
using JiraAuth.Cmdlets;

namespace JiraAuth.Commands
{
    /// <summary>
    /// Checks a connection's credential, or one given directly, against /myself and says why it fails and what to do.
    /// An invalid token is a result, not an error: scripts branch on IsValid or -Quiet.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "JiraToken", DefaultParameterSetName = ConnectionSet)]
    [OutputType(typeof(JiraTokenTestResult), typeof(bool))]
    public sealed class TestJiraTokenCommand : JiraCredentialCmdlet
    {
        private const string ConnectionSet = "Connection";

        [Parameter(ParameterSetName = ConnectionSet, Position = 0, ValueFromPipeline = true)]
        [JiraConnectionTransformation]
        [ArgumentCompleter(typeof(JiraConnectionNameCompleter))]
        public JiraConnection Connection { get; set; }

        [Parameter(ParameterSetName = CredentialSet, Mandatory = true, Position = 0)]
        [Parameter(ParameterSetName = ApiTokenSet, Mandatory = true, Position = 0)]
        [Parameter(ParameterSetName = PatSet, Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public override string Site { get; set; }

        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = ApiTokenSet)]
        public override AuthMode AuthMode { get; set; } = AuthMode.Auto;

        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = ApiTokenSet)]
        [Parameter(ParameterSetName = PatSet)]
        [ValidateNotNullOrEmpty]
        public override string CloudId { get; set; }

        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = ApiTokenSet)]
        [Parameter(ParameterSetName = PatSet)]
        public override DateTime ExpiresOn { get; set; }

        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = ApiTokenSet)]
        [Parameter(ParameterSetName = PatSet)]
        public override SwitchParameter AllowUnencryptedAuthentication { get; set; }

        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = ApiTokenSet)]
        [Parameter(ParameterSetName = PatSet)]
        [ValidateNotNull]
        public override Uri GatewayUri { get; set; }

        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = ApiTokenSet)]
        [Parameter(ParameterSetName = PatSet)]
        [ValidateNotNull]
        public override Uri AuthUri { get; set; }

        /// <summary>Returns only $true or $false.</summary>
        [Parameter]
        public SwitchParameter Quiet { get; set; }

        protected override void ProcessRecord()
        {
            object target = Site ?? Connection?.Name;
            ConnectionSettings settings;
            if (ParameterSetName == ConnectionSet)
            {
                if (!TryResolveConnection(Connection, ConnectionNames.Default, out var connection, out var noConnection))
                {
                    Fail(noConnection);
                    return;
                }
                settings = SettingsOf(connection);
            }
            else
            {
                try
                {
                    settings = BuildSettings();
                }
                catch (ArgumentException e)
                {
                    Fail(JiraErrorRecords.FromException(e, target));
                    return;
                }
            }

            TokenDiagnosis diagnosis;
            try
            {
                diagnosis = RunSync(ct => new CredentialProbe().ProbeAsync(settings, ct));
            }
            catch (Exception e) when (IsReportable(e))
            {
                Fail(JiraErrorRecords.FromException(e, settings.Site?.ToString() ?? target));
                return;
            }

            if (!string.IsNullOrEmpty(diagnosis.Detail)) WriteVerbose(diagnosis.Detail);
            var result = JiraTokenTestResult.From(diagnosis, DateTimeOffset.Now);
            if (Quiet) WriteObject(result.IsValid);
            else WriteObject(result);
        }

        /// <summary>The error says why nothing could be tested; -Quiet callers still get their bool, so `if (Test-JiraToken -Quiet)` stays safe.</summary>
        private void Fail(ErrorRecord error)
        {
            WriteError(error);
            if (Quiet) WriteObject(false);
        }

        /// <summary>Re-tests a live connection with the mode it settled on, so Auto does not probe (and count a failed login) twice.</summary>
        private ConnectionSettings SettingsOf(JiraConnection connection)
        {
            var saved = ConnectionRecordMapper.ToSettings(ConnectionRecordMapper.FromConnection(connection), NewRetryOptions(),
                RequestTimeout);
            // OAuth: the connection's own token session, so a test never spends a rotating refresh token of its own.
            return new ConnectionSettings(saved) { AuthMode = connection.AuthMode, OAuth = connection.Settings.OAuth };
        }

        private ConnectionSettings BuildSettings() => ConnectionSettingsBuilder.WithCredential(this, NewRetryOptions()).Build();
    }
}
