# TEST-ONLY STUB standing in for Microsoft.PowerShell.SecretManagement (JiraAuth.psd1 lists it in RequiredModules), so it
# has that module's name. It keeps secrets in memory for the life of the process and is not SecretStore; never ship or
# install it. tests/Pester/VaultModules.ps1 recognises it by PrivateData.JiraAuthTestStub.
@{
    RootModule        = 'Microsoft.PowerShell.SecretManagement.psm1'
    ModuleVersion     = '1.1.2'
    GUID              = '0c1e6f55-3f4b-4f3e-9d55-2a7d8f3b1c11'
    Author            = 'JiraAuth tests'
    Description       = 'JiraAuth TEST STUB: an in-memory stand-in for the SecretManagement cmdlets JiraAuth calls, with test hooks. Not SecretStore.'
    PowerShellVersion = '5.1'
    FunctionsToExport = @('Set-Secret', 'Get-Secret', 'Get-SecretInfo', 'Remove-Secret', 'Get-SecretVault',
        'Reset-StubVault', 'Set-StubVaultState', 'Get-StubVaultEntry')
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
    PrivateData       = @{ JiraAuthTestStub = $true }
}
