# A SecretManagement extension vault used only by the farm tests (tests/JiraAuth.Core.Tests/MultiProcess): several
# "servers" (throw-away homes) register it over one shared folder, as a farm shares Azure Key Vault or HashiCorp Vault.
@{
    ModuleVersion     = '1.0.0'
    GUID              = 'c3f0a0b1-6f3e-4f5e-9a37-2b7e51a0d9c4'
    Author            = 'JiraAuth tests'
    Description       = 'Test-only SecretManagement extension vault that keeps each secret as a file in a shared folder (in plain text).'
    PowerShellVersion = '5.1'
    NestedModules     = @('.\JiraAuthFolderVault.Extension')
    FunctionsToExport = @()
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
}
