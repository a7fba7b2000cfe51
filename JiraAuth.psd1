@{
    RootModule           = 'JiraAuth.psm1'
    ModuleVersion        = '0.1.0'
    GUID                 = '5d8f3c2a-7b41-4e0e-9a63-2f1c8e4b9d70'
    Author               = 'JiraAuth contributors'
    CompanyName          = 'JiraAuth'
    Copyright            = '(c) JiraAuth contributors. All rights reserved.'
    Description          = 'Connect to Jira Cloud and Jira Data Center and call their REST API from the console, scripts and unattended scheduled tasks. Signs in with API tokens, scoped API tokens, OAuth 2.0 (3LO with rotating refresh tokens, and service accounts with client credentials), and Data Center personal access tokens or passwords; keeps connections in SecretManagement vaults; pages through results, honours rate limits and retries safely; shows issues, projects, users, boards and sprints like Jira does.'
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
            # No ProjectUri, LicenseUri or ReleaseNotes: the project has no public repository or license file to point at yet.
        }
    }
}
