using System.Management.Automation;
using System.Linq;
using JiraAuth.Core.Connections;
using JiraAuth.Vault;
using JiraAuth.Binding;
using JiraAuth.ErrorRecords;
using JiraAuth.Cmdlets;

namespace JiraAuth.Commands
{
    /// <summary>Lists the session's connections; with -ListAvailable also those saved in vaults (from metadata, nothing decrypted).</summary>
    [Cmdlet(VerbsCommon.Get, "JiraConnection")]
    [OutputType(typeof(JiraConnection), typeof(SavedJiraConnection))]
    public sealed class GetJiraConnectionCommand : JiraCmdlet
    {
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(JiraConnectionNameCompleter))]
        public string[] Name { get; set; }

        [Parameter]
        public SwitchParameter ListAvailable { get; set; }

        /// <summary>With -ListAvailable: only this vault.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Vault { get; set; }

        protected override void ProcessRecord()
        {
            var patterns = (Name ?? new[] { "*" }).Select(n => new WildcardPattern(n, WildcardOptions.IgnoreCase)).ToList();
            var sessionMatches = ConnectionRegistry.ProcessWide.All.Where(c => patterns.Any(p => p.IsMatch(c.Name))).ToList();

            if (!ListAvailable)
            {
                WriteObject(sessionMatches, enumerateCollection: true);
                ReportUnmatchedLiteralNames(sessionMatches.Select(c => c.Name).ToArray());
                return;
            }

            WriteObject(sessionMatches, enumerateCollection: true);
            try
            {
                var saved = new SecretManagementStore(HostInteractivity.IsCurrentNonInteractive(Host?.Name)).ListReadable(Vault, out var unreadable)
                    .Where(s => patterns.Any(p => p.IsMatch(s.Name))).ToList();
                foreach (var failure in unreadable)
                {
                    WriteWarning("Connections saved in a vault that could not be read are not listed. " + failure.Message);
                }
                foreach (var item in saved) item.IsConnected = ConnectionRegistry.ProcessWide.TryGet(item.Name, out _);
                WriteObject(saved, enumerateCollection: true);
            }
            catch (VaultException e)
            {
                WriteError(JiraErrorRecords.FromException(e, Vault ?? SecretManagementStore.ModuleName));
            }
        }

        /// <summary>Get-* cmdlets report a literal name that matched nothing, wildcards never.</summary>
        private void ReportUnmatchedLiteralNames(string[] found)
        {
            if (Name == null) return;
            foreach (var name in Name.Where(n => !WildcardPattern.ContainsWildcardCharacters(n)))
            {
                if (!found.Any(f => string.Equals(f, name, System.StringComparison.OrdinalIgnoreCase)))
                {
                    WriteError(JiraErrorRecords.NoConnection($"There is no Jira connection named '{name}' in this session. "
                        + "Saved ones: Get-JiraConnection -ListAvailable.", name));
                }
            }
        }
    }
}
