# Loads the cmdlets from JiraAuth.dll. Written for Windows PowerShell 5.1 and PowerShell 7 alike.
# PowerShell 7: JiraAuth.dll goes into the module's own AssemblyLoadContext (JiraAuth.LoadContext.dll), where it binds
# the JiraAuth.Core.dll and Newtonsoft.Json.dll in this folder, whatever copy another module or PowerShell itself loaded.
# Windows PowerShell has no load contexts: JiraAuth.dll is loaded from this folder and .NET Framework binds the copies
# beside it (side by side with another module's Newtonsoft.Json of a different version).

# Only the core engine's commands and .NET calls: no Join-Path or Add-Type, which a minimal host may not have.
$ErrorActionPreference = 'Stop'
$importModule = Get-Command -Name Import-Module -Module Microsoft.PowerShell.Core

if ($PSVersionTable.PSEdition -eq 'Core') {
    if (-not ('JiraAuth.LoadContext.ModuleLoadContext' -as [type])) {
        $null = [System.Reflection.Assembly]::LoadFrom([System.IO.Path]::Combine($PSScriptRoot, 'JiraAuth.LoadContext.dll'))
    }
    $cmdletAssembly = [JiraAuth.LoadContext.ModuleLoadContext]::LoadModuleAssembly($PSScriptRoot)
    $inner = & $importModule -Assembly $cmdletAssembly -PassThru
    if ($inner.ExportedCmdlets.Count -gt 0 -and -not $ExecutionContext.SessionState.InvokeCommand.GetCmdlet('Connect-JiraCloud')) {
        # Import-Module -Force or Remove-Module + Import-Module: PowerShell reuses its cached module for an assembly it
        # has seen and adds its cmdlets to no scope (PowerShell/PowerShell#20710), so add them to this module by hand.
        $addExportedCmdlet = [System.Management.Automation.PSModuleInfo].GetMethod('AddExportedCmdlet', [System.Reflection.BindingFlags]'Instance, NonPublic')
        foreach ($cmdlet in $inner.ExportedCmdlets.Values) {
            $null = $addExportedCmdlet.Invoke($ExecutionContext.SessionState.Module, @(, $cmdlet))
        }
    }
}
else {
    $inner = & $importModule -Name ([System.IO.Path]::Combine($PSScriptRoot, 'JiraAuth.dll')) -PassThru
}

if ($ExecutionContext.SessionState.InvokeCommand.GetCmdlet('Connect-JiraCloud')) {
    Export-ModuleMember -Cmdlet @($inner.ExportedCmdlets.Keys)
}
