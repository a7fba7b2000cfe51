using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using PS = System.Management.Automation.PowerShell;

namespace JiraAuth.Benchmarks
{
    /// <summary>
    /// The PowerShell 7.6 engine hosted in this process (Microsoft.PowerShell.SDK, so Invoke-RestMethod exists) with the
    /// built module imported from out/JiraAuth and connected to the bench site with a personal access token.
    /// </summary>
    internal sealed class PowerShellHost : IDisposable
    {
        private readonly Runspace _runspace;

        public PowerShellHost(string site)
        {
            _runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
            _runspace.Open();
            var root = BenchData.RepositoryRoot;
            var stubs = Path.Combine(root, "tests", "JiraAuth.PowerShell.Tests", "Stubs");
            Run("$env:PSModulePath = $Stubs + [IO.Path]::PathSeparator + $env:PSModulePath\n" +
                "Import-Module (Join-Path $Stubs 'Microsoft.PowerShell.SecretManagement/Microsoft.PowerShell.SecretManagement.psd1') -ErrorAction Stop\n" +
                "Import-Module $Module -ErrorAction Stop\n" +
                "$Pat = ConvertTo-SecureString 'bench-token' -AsPlainText -Force\n" +
                "$null = Connect-JiraCloud -Site $Site -PersonalAccessToken $Pat -AllowUnencryptedAuthentication -SkipValidation -ErrorAction Stop\n" +
                "$global:Site = $Site; $global:Headers = @{ Authorization = 'Bearer bench-token' }",
                new Dictionary<string, object> { ["Stubs"] = stubs, ["Module"] = Path.Combine(root, "out", "JiraAuth", "JiraAuth.psd1"), ["Site"] = site });
        }

        public Collection<PSObject> Run(string script, IDictionary<string, object> variables = null)
        {
            if (variables != null)
            {
                foreach (var pair in variables) _runspace.SessionStateProxy.SetVariable(pair.Key, pair.Value);
            }
            using (var ps = PS.Create())
            {
                ps.Runspace = _runspace;
                ps.AddScript(script);
                var output = ps.Invoke();
                if (ps.HadErrors && ps.Streams.Error.Count > 0)
                {
                    throw new InvalidOperationException("PowerShell failed: " + string.Join(" | ", ps.Streams.Error.Select(e => e.ToString())) + "\n" + script);
                }
                return output;
            }
        }

        public void Dispose() => _runspace.Dispose();
    }
}
