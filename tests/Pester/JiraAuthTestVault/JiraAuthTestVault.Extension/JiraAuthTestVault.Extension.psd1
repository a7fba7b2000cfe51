@{
    ModuleVersion     = '1.0.0'
    GUID              = '6d8709ef-035b-4523-a22d-d900c771af77'
    Author            = 'JiraAuth tests'
    Description       = 'Implementing module of the JiraAuthTestVault SecretManagement extension vault.'
    PowerShellVersion = '5.1'
    RootModule        = '.\JiraAuthTestVault.Extension.psm1'
    FunctionsToExport = @('Get-Secret', 'Get-SecretInfo', 'Set-Secret', 'Remove-Secret', 'Test-SecretVault', 'Set-SecretInfo')
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
}
