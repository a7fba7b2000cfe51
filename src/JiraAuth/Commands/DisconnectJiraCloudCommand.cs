using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Storage;
using JiraAuth.Vault;
using JiraAuth.Binding;
using JiraAuth.ErrorRecords;
using JiraAuth.Cmdlets;

namespace JiraAuth.Commands
{
    /// <summary>
    /// Drops connections from the session (disposing their HTTP clients). -Forget also deletes the saved secret; only that
    /// step asks for confirmation, since closing a session connection loses nothing. -WhatIf changes nothing at all.
    /// </summary>
    [Cmdlet(VerbsCommunications.Disconnect, "JiraCloud", DefaultParameterSetName = NameSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class DisconnectJiraCloudCommand : JiraCmdlet
    {
        private const string NameSet = "Name";
        private const string AllSet = "All";

        [Parameter(ParameterSetName = NameSet, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(JiraConnectionNameCompleter))]
        public string[] Name { get; set; }

        [Parameter(ParameterSetName = AllSet, Mandatory = true)]
        public SwitchParameter All { get; set; }

        /// <summary>Also removes the saved connection from its vault.</summary>
        [Parameter]
        public SwitchParameter Forget { get; set; }

        /// <summary>With -Forget: the vault to remove from (default: wherever the connection was saved).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Vault { get; set; }

        protected override void ProcessRecord()
        {
            IEnumerable<string> names;
            if (All)
            {
                names = ConnectionRegistry.ProcessWide.Names;
            }
            else if (Name != null && Name.Length > 0)
            {
                names = Name;
            }
            else
            {
                var current = ConnectionRegistry.ProcessWide.Default;
                if (current == null && !Forget)
                {
                    WriteError(JiraErrorRecords.NoConnection("There is no Jira connection in this session to disconnect.", ConnectionNames.Default));
                    return;
                }
                names = new[] { current?.Name ?? ConnectionNames.Default };
            }

            foreach (var name in names.ToList())
            {
                Disconnect(name);
            }

            if (All && Forget)
            {
                // Saved connections that are not open in the session are forgotten too: -All -Forget means all.
                foreach (var saved in Store().List(Vault)) ForgetSaved(saved.Name, saved.VaultName);
            }
        }

        private void Disconnect(string name)
        {
            var open = ConnectionRegistry.ProcessWide.TryGet(name, out var connection);
            if (Forget)
            {
                // Asked before anything changes: "No" (or -WhatIf) leaves the session connection and the secret alone.
                if (!ForgetSaved(name, Vault ?? connection?.VaultName)) return;
            }
            else if (open && WhatIfRequested)
            {
                // Closing a session connection loses nothing, so it is not confirmed; but -WhatIf must change nothing.
                ShouldProcess(name, "Disconnect Jira connection");
                return;
            }

            if (ConnectionRegistry.ProcessWide.Remove(name)) WriteVerbose($"Disconnected '{name}'.");
            else if (!Forget) WriteError(JiraErrorRecords.NoConnection($"There is no Jira connection named '{name}' in this session.", name));
        }

        /// <returns>false when the user declined (or -WhatIf); true when the secret was removed, absent, or removal failed with an error written.</returns>
        private bool ForgetSaved(string name, string vault)
        {
            var secretName = ConnectionRecordSerializer.SecretName(name);
            try
            {
                // Look it up first so the confirmation names the vault that will change.
                var saved = Store().Find(name, vault);
                if (saved == null)
                {
                    WarnNothingToForget(name, vault);
                    return true;
                }
                vault = saved.VaultName;
            }
            catch (VaultException e)
            {
                WriteError(JiraErrorRecords.FromException(e, secretName));
                return true;
            }
            var where = $"vault '{vault}'";
            if (!ShouldProcess($"{secretName} in {where}", "Remove saved Jira connection")) return false;
            try
            {
                if (!Store().Remove(name, vault))
                {
                    WarnNothingToForget(name, vault);
                }
                else
                {
                    WriteVerbose($"Removed {secretName} from {where}.");
                }
            }
            catch (VaultException e)
            {
                WriteError(JiraErrorRecords.FromException(e, secretName));
            }
            return true;
        }

        private void WarnNothingToForget(string name, string vault) =>
            WriteWarning($"No saved connection named '{name}' was found{(vault != null ? " in vault '" + vault + "'" : string.Empty)}; nothing to forget.");

        private SecretManagementStore _store;

        private SecretManagementStore Store() => _store ?? (_store = new SecretManagementStore(HostInteractivity.IsCurrentNonInteractive(Host?.Name)));
    }
}
