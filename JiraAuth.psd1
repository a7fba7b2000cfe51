@{
    RootModule           = 'JiraAuth.psm1'
    ModuleVersion        = '0.1.0'
    GUID                 = '5d8f3c2a-7b41-4e0e-9a63-2f1c8e4b9d70'
    Author               = 'JiraAuth contributors'
    CompanyName          = 'JiraAuth'
    Copyright            = '(c) JiraAuth contributors. All rights reserved.'
    Description          = 'Authenticate to Jira Cloud and Jira Data Center (API tokens, scoped tokens, personal access tokens) and call the REST API safely from scripts and scheduled tasks.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    # netstandard2.0 assemblies need the netstandard facade that .NET Framework has from 4.7.1 (Windows PowerShell only).
    DotNetFrameworkVersion = '4.7.2'
    RequiredModules      = @('Microsoft.PowerShell.SecretManagement')
    FormatsToProcess     = @('JiraAuth.format.ps1xml')
    CmdletsToExport      = @(
        'Connect-JiraCloud'
        'Disconnect-JiraCloud'
        'Get-JiraConnection'
        'Test-JiraToken'
        'Get-JiraCloudId'
        'Invoke-JiraRestMethod'
        'Update-JiraRestPathIndex'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags       = @('Jira', 'Atlassian', 'JiraCloud', 'REST', 'ApiToken', 'OAuth', 'SecretManagement')
            ProjectUri = 'https://github.com/jiraauth/JiraAuth'
            LicenseUri = 'https://github.com/jiraauth/JiraAuth/blob/main/LICENSE'
            ReleaseNotes = 'https://github.com/jiraauth/JiraAuth/blob/main/README.md'
        }
    }
}
