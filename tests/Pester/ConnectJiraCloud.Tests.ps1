#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

# What only a real shell shows about connecting: formatting and streams, -WhatIf, -ErrorVariable, pipelines into
# Disconnect-JiraCloud. Every auth mode, JIRA_* variables and the error ids are tested in tests/JiraAuth.PowerShell.Tests.

BeforeAll {
    . (Join-Path $PSScriptRoot 'FakeJira.ps1')
    Import-JiraAuthModule
    $script:Cloud = Start-FakeJira
}

AfterAll {
    Disconnect-JiraCloud -All -ErrorAction SilentlyContinue
    Stop-FakeJira $script:Cloud
}

Describe 'Connect-JiraCloud' {
    AfterEach { Disconnect-JiraCloud -All -ErrorAction SilentlyContinue }

    Context 'Jira Cloud' {
        It 'connects with -AuthMode ScopedApiToken and a known -CloudId' {
            $connection = Connect-JiraCloud -Site $script:Cloud.Site -Credential (New-TestCredential $Accounts.Scoped.Email $Accounts.Scoped.Token) `
                -AuthMode ScopedApiToken -CloudId $script:Cloud.CloudId -AllowUnencryptedAuthentication -GatewayUri $script:Cloud.Gateway

            $connection.AuthMode | Should -Be 'ScopedApiToken'
            $connection.CloudId | Should -Be $script:Cloud.CloudId
        }

        It 'reports an account without product access as PermissionDenied' {
            $thrown = { Connect-FakeCloud $script:Cloud -Account NoAccess } | Should -Throw -ErrorId 'JiraAuthenticationFailed,JiraAuth.Commands.ConnectJiraCloudCommand' -PassThru
            $thrown.CategoryInfo.Category | Should -Be 'PermissionDenied'
        }

        It 'never shows the token in its output, errors or verbose stream' {
            $all = Connect-FakeCloud $script:Cloud -Verbose 4>&1 | Out-String
            $all += Get-JiraConnection | Format-List * | Out-String
            $all | Should -Not -Match ([regex]::Escape($Accounts.Admin.Token))

            $failure = { Connect-FakeCloud $script:Cloud -Account Expired } | Should -Throw -PassThru
            ($failure | Format-List * -Force | Out-String) | Should -Not -Match ([regex]::Escape($Accounts.Expired.Token))
        }

        It 'does not touch the vault under -WhatIf' {
            $connection = Connect-JiraCloud -Site $script:Cloud.Site -Email $Accounts.Admin.Email -ApiToken (New-TestSecret $Accounts.Admin.Token) `
                -AllowUnencryptedAuthentication -GatewayUri $script:Cloud.Gateway -Save -Vault 'JiraAuthPesterNoSuchVault' -WhatIf

            $connection.VaultName | Should -BeNullOrEmpty
        }
    }
}

Describe 'Named connections, Get-JiraConnection and Disconnect-JiraCloud' {
    BeforeEach {
        Disconnect-JiraCloud -All -ErrorAction SilentlyContinue
        $script:First = Connect-FakeCloud $script:Cloud -Name 'alpha'
        $script:Second = Connect-FakeCloud $script:Cloud -Account Scoped -Name 'beta'
    }
    AfterEach { Disconnect-JiraCloud -All -ErrorAction SilentlyContinue }

    It 'reports a literal name that does not exist' {
        Get-JiraConnection -Name 'nope' -ErrorAction SilentlyContinue -ErrorVariable err | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'JiraConnectionNotFound*'
    }

    It 'disconnects by name, by pipeline and all at once' {
        Disconnect-JiraCloud -Name alpha
        (Get-JiraConnection).Name | Should -Be 'beta'
        (Get-JiraConnection)[0].GetType().Assembly.GetType('JiraAuth.Core.Connections.ConnectionRegistry')::ProcessWide.Default.Name | Should -Be 'beta'
        $script:First.IsDisposed | Should -BeTrue

        Get-JiraConnection | Disconnect-JiraCloud
        Get-JiraConnection | Should -BeNullOrEmpty
        { Invoke-JiraRestMethod myself } | Should -Throw -ErrorId 'JiraConnectionNotFound,JiraAuth.Commands.InvokeJiraRestMethodCommand'
    }

}
