@{
    ModuleVersion     = '1.0.0'
    GUID              = '0e8f3d52-93a4-4c1b-8d3e-5f1c2b7a9e60'
    Author            = 'JiraAuth tests'
    Description       = 'Implementing module of the JiraAuthFolderVault SecretManagement extension vault.'
    PowerShellVersion = '5.1'
    RootModule        = '.\JiraAuthFolderVault.Extension.psm1'
    FunctionsToExport = @('Get-Secret', 'Get-SecretInfo', 'Set-Secret', 'Remove-Secret', 'Test-SecretVault', 'Set-SecretInfo')
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
}
