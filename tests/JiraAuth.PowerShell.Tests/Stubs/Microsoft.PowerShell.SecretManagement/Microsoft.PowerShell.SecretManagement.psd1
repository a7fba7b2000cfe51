# TEST-ONLY stand-in for Microsoft.PowerShell.SecretManagement (JiraAuth.psd1 lists it in RequiredModules).
# It keeps secrets in memory for the life of the runspace; never ship or install it.
@{
    RootModule        = 'Microsoft.PowerShell.SecretManagement.psm1'
    ModuleVersion     = '1.1.2'
    GUID              = '0c1e6f55-3f4b-4f3e-9d55-2a7d8f3b1c11'
    Author            = 'JiraAuth tests'
    Description       = 'In-memory stub of the SecretManagement cmdlets JiraAuth calls, with test hooks.'
    PowerShellVersion = '5.1'
    FunctionsToExport = @('Set-Secret', 'Get-Secret', 'Get-SecretInfo', 'Remove-Secret', 'Get-SecretVault',
        'Reset-StubVault', 'Set-StubVaultState', 'Get-StubVaultEntry')
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
}
