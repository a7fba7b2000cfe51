# A SecretManagement extension vault used only by tests/Pester/Vault.Tests.ps1. It is registered under a throw-away
# name for the duration of the tests and never replaces or touches the user's own vaults.
@{
    ModuleVersion     = '1.0.0'
    GUID              = '54076494-a130-4491-95b4-c89101245bce'
    Author            = 'JiraAuth tests'
    Description       = 'Test-only SecretManagement extension vault that keeps secrets in a JSON file (in plain text).'
    PowerShellVersion = '5.1'
    NestedModules     = @('.\JiraAuthTestVault.Extension')
    FunctionsToExport = @()
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
}
