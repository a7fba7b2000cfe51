#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

BeforeAll {
    . (Join-Path $PSScriptRoot 'FakeJira.ps1')
    Import-JiraAuthModule
    $script:Cloud = Start-FakeJira
    $script:DataCenter = Start-FakeJira -DataCenter
}

AfterAll {
    Disconnect-JiraCloud -All -ErrorAction SilentlyContinue
    Stop-FakeJira $script:Cloud
    Stop-FakeJira $script:DataCenter
}

Describe 'Connect-JiraCloud' {
    AfterEach { Disconnect-JiraCloud -All -ErrorAction SilentlyContinue }

    Context 'Jira Cloud' {
        It 'connects with -Email and -ApiToken (classic token at the site)' {
            $connection = Connect-FakeCloud $script:Cloud

            $connection | ForEach-Object { $_.GetType().FullName } | Should -Be 'JiraAuth.Core.Connections.JiraConnection'
            $connection.AuthMode | Should -Be 'ApiToken'
            $connection.Account.DisplayName | Should -Be 'Alice Admin'
            $connection.Name | Should -Be 'default'
            (Get-JiraConnection).Name | Should -Be 'default'
        }

        It 'connects with -Credential and settles Auto on the gateway for a scoped token' {
            $credential = New-TestCredential $Accounts.Scoped.Email $Accounts.Scoped.Token

            $connection = Connect-JiraCloud $script:Cloud.Site $credential -AllowUnencryptedAuthentication -GatewayUri $script:Cloud.Gateway

            $connection.AuthMode | Should -Be 'ScopedApiToken'
            $connection.CloudId | Should -Be $script:Cloud.CloudId
            $connection.ApiBaseUri.ToString() | Should -BeLike "$($script:Cloud.Gateway)/ex/jira/$($script:Cloud.CloudId)*"
            $connection.Account.DisplayName | Should -Be 'Sam Scoped'
        }

        It 'connects with -AuthMode ScopedApiToken and a known -CloudId' {
            $connection = Connect-JiraCloud -Site $script:Cloud.Site -Credential (New-TestCredential $Accounts.Scoped.Email $Accounts.Scoped.Token) `
                -AuthMode ScopedApiToken -CloudId $script:Cloud.CloudId -AllowUnencryptedAuthentication -GatewayUri $script:Cloud.Gateway

            $connection.AuthMode | Should -Be 'ScopedApiToken'
            $connection.CloudId | Should -Be $script:Cloud.CloudId
        }

        It 'reads JIRA_SITE, JIRA_EMAIL and JIRA_API_TOKEN when no credential parameter is given' {
            $saved = @{}
            foreach ($name in 'JIRA_SITE', 'JIRA_DOMAIN', 'JIRA_EMAIL', 'JIRA_API_TOKEN', 'JIRA_CLOUD_ID') { $saved[$name] = [Environment]::GetEnvironmentVariable($name) }
            try {
                $env:JIRA_SITE = $script:Cloud.Site
                $env:JIRA_EMAIL = $Accounts.Admin.Email
                $env:JIRA_API_TOKEN = $Accounts.Admin.Token
                $env:JIRA_DOMAIN = $null
                $env:JIRA_CLOUD_ID = $null

                $connection = Connect-JiraCloud -AllowUnencryptedAuthentication -GatewayUri $script:Cloud.Gateway

                $connection.Account.DisplayName | Should -Be 'Alice Admin'
                $connection.AuthMode | Should -Be 'ApiToken'
            }
            finally {
                foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
            }
        }

        It 'names the missing variables when neither parameters nor JIRA_* variables supply a credential' {
            $saved = @{}
            foreach ($name in 'JIRA_SITE', 'JIRA_DOMAIN', 'JIRA_EMAIL', 'JIRA_API_TOKEN') { $saved[$name] = [Environment]::GetEnvironmentVariable($name) }
            try {
                foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $null) }

                $thrown = { Connect-JiraCloud } | Should -Throw -ErrorId 'JiraMissingCredential,JiraAuth.Commands.ConnectJiraCloudCommand' -PassThru

                $thrown.CategoryInfo.Category | Should -Be 'InvalidArgument'
                $thrown.Exception.Message | Should -Match 'JIRA_SITE'
                $thrown.Exception.Message | Should -Match 'JIRA_API_TOKEN'
            }
            finally {
                foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
            }
        }

        It 'refuses to send credentials over http without -AllowUnencryptedAuthentication' {
            { Connect-JiraCloud -Site $script:Cloud.Site -Email $Accounts.Admin.Email -ApiToken (New-TestSecret $Accounts.Admin.Token) } |
                Should -Throw -ErrorId 'JiraInvalidSite,JiraAuth.Commands.ConnectJiraCloudCommand'
        }

        It 'fails with an authentication error and the remedy for an expired token' {
            $thrown = { Connect-FakeCloud $script:Cloud -Account Expired } | Should -Throw -ErrorId 'JiraAuthenticationFailed,JiraAuth.Commands.ConnectJiraCloudCommand' -PassThru

            $thrown.CategoryInfo.Category | Should -Be 'AuthenticationError'
            $thrown.ErrorDetails.RecommendedAction | Should -Match 'api-tokens'
            $thrown.TargetObject | Should -Be $script:Cloud.Site
            (Get-JiraConnection) | Should -BeNullOrEmpty
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

    Context 'Jira Data Center' {
        It 'connects with a personal access token' {
            $site = $script:DataCenter.Site  # includes the /jira context path
            $connection = Connect-JiraCloud -Site $site -PersonalAccessToken (New-TestSecret $Accounts.DcPat) -AllowUnencryptedAuthentication

            $connection.AuthMode | Should -Be 'PersonalAccessToken'
            $connection.DefaultApiVersion | Should -Be '2'
            $connection.Account.DisplayName | Should -Be 'Dana Center'
            $connection.UserName | Should -BeNullOrEmpty
        }

        It 'connects with a user name and password' {
            $site = $script:DataCenter.Site  # includes the /jira context path
            $credential = New-TestCredential $Accounts.DcUser.UserName $Accounts.DcUser.Password

            $connection = Connect-JiraCloud -Site $site -Credential $credential -AuthMode Password -AllowUnencryptedAuthentication

            $connection.AuthMode | Should -Be 'Password'
            $connection.Account.DisplayName | Should -Be 'Dana Center'
            (Invoke-JiraRestMethod myself).displayName | Should -Be 'Dana Center'
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

    It 'makes the first connection the default and -Default moves it' {
        (Get-JiraConnection)[0].GetType().Assembly.GetType('JiraAuth.Core.Connections.ConnectionRegistry')::ProcessWide.Default.Name | Should -Be 'alpha'
        $null = Connect-FakeCloud $script:Cloud -Name 'gamma' -Default
        (Get-JiraConnection)[0].GetType().Assembly.GetType('JiraAuth.Core.Connections.ConnectionRegistry')::ProcessWide.Default.Name | Should -Be 'gamma'
    }

    It 'lists connections by name with wildcards' {
        (Get-JiraConnection).Name | Should -Be @('alpha', 'beta')
        (Get-JiraConnection -Name 'b*').Name | Should -Be 'beta'
    }

    It 'reports a literal name that does not exist' {
        Get-JiraConnection -Name 'nope' -ErrorAction SilentlyContinue -ErrorVariable err | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'JiraConnectionNotFound*'
    }

    It 'takes -Connection as a name or an object' {
        (Invoke-JiraRestMethod myself -Connection beta).displayName | Should -Be 'Sam Scoped'
        (Invoke-JiraRestMethod myself -Connection $script:First).displayName | Should -Be 'Alice Admin'
        (Invoke-JiraRestMethod myself).displayName | Should -Be 'Alice Admin'
    }

    It 'rejects an unknown connection name with a clear message' {
        { Invoke-JiraRestMethod myself -Connection 'nope' } | Should -Throw -ExpectedMessage "*no Jira connection named 'nope'*"
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

    It 'refuses a connection object that was disconnected' {
        Disconnect-JiraCloud -All
        { Invoke-JiraRestMethod myself -Connection $script:First } | Should -Throw -ExpectedMessage '*Disconnect-JiraCloud*'
    }
}
