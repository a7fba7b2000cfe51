using System;
using System.Management.Automation.Runspaces;
using System.Threading.Tasks;
using PS = System.Management.Automation.PowerShell;

namespace JiraAuth.PowerShell.Tests.Support
{
    /// <summary>
    /// A second runspace of this process with the module imported, running one script in the background: what another
    /// runspace (ForEach-Object -Parallel, a job thread) does with the process-wide connections while the session acts.
    /// </summary>
    public sealed class OtherRunspace : IDisposable
    {
        private readonly Runspace _runspace;
        private readonly PS _shell;

        private OtherRunspace(string script)
        {
            _runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
            _runspace.Open();
            _shell = PS.Create();
            _shell.Runspace = _runspace;
            _shell.AddScript("$env:PSModulePath = $args[0] + [IO.Path]::PathSeparator + $env:PSModulePath; Import-Module $args[1]; Import-Module $args[2]; "
                    + script)
                .AddArgument(Repository.StubModules).AddArgument(Repository.StubSecretManagement).AddArgument(Repository.ModuleManifest);
            Run = Task.Run(() => RunResult.Invoke(_shell));
        }

        /// <summary>Starts <paramref name="script"/> (after the module is imported) on a pool thread.</summary>
        public static OtherRunspace Start(string script) => new OtherRunspace(script);

        /// <summary>What the script wrote, once it has ended.</summary>
        public Task<RunResult> Run { get; }

        public void Dispose()
        {
            _shell.Dispose();
            _runspace.Dispose();
        }
    }
}
