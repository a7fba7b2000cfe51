#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

# Connect-JiraCloud with JIRA_SITE set but no token, in a real `pwsh -NoProfile -File` child whose standard input is a
# pipe (no -NonInteractive: a wrapper script or ssh without -t). At a terminal it asks for the e-mail and token; the
# console host's hidden read ends pwsh silently with exit code 0 when its input is a pipe, so here it must fail instead,
# saying what is missing and why it did not ask.

BeforeAll {
    . (Join-Path $PSScriptRoot 'FakeJira.ps1')
    . (Join-Path $PSScriptRoot 'VaultModules.ps1')
    $script:Cloud = Start-FakeJira
    $vaultModules = Find-VaultModules -RepositoryRoot $script:RepositoryRoot
    $script:ChildEnvironment = @{
        PSModulePath      = Join-VaultModulePath $vaultModules.Prefix
        JIRAAUTH_MANIFEST = Join-Path $script:RepositoryRoot 'out/JiraAuth/JiraAuth.psd1'
        JIRA_SITE         = $script:Cloud.Site
        JIRA_EMAIL        = $null
        JIRA_API_TOKEN    = $null
        JIRA_CLOUD_ID     = $null
    }
    $script:Job = @'
$ErrorActionPreference = 'Stop'
Import-Module $env:JIRAAUTH_MANIFEST
'BEFORE'
Connect-JiraCloud -AllowUnencryptedAuthentication | Out-Null
'END'
'@
}

AfterAll {
    Stop-FakeJira $script:Cloud
}

Describe 'Connect-JiraCloud from the environment with standard input redirected' {
    It 'fails naming what is missing and why it did not ask, with a non-zero exit code, whether standard input is <Stdin>' -ForEach @(
        @{ Stdin = 'closed'; Close = $true }
        @{ Stdin = 'open'; Close = $false }
    ) {
        $result = Invoke-ChildPwsh -Script $script:Job -Environment $script:ChildEnvironment -Interactive -CloseInput:$Close -TimeoutSec 60

        $result.TimedOut | Should -BeFalse -Because 'nothing may wait on a prompt no one can answer'
        $result.Output | Should -Match '(?m)^BEFORE\s*$'
        $result.Output | Should -Not -Match '(?m)^END\s*$'
        $result.ExitCode | Should -Not -Be 0 -Because "$($result.Output) $($result.Errors)"
        # The error view wraps long messages onto lines that start with '|' (pwsh 7); join them back into one text.
        $errors = (($result.Errors -split '\r?\n') | ForEach-Object { $_ -replace '^\s*\|', '' } | ForEach-Object { $_.Trim() }) -join ' '
        $errors | Should -Match 'Missing: JIRA_EMAIL'
        $errors | Should -Match 'Standard input is redirected, so Connect-JiraCloud cannot ask for them'
        $errors | Should -Match 'JIRA_API_TOKEN'
    }
}
