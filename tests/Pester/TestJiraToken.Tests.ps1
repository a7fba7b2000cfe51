#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

BeforeAll {
    . (Join-Path $PSScriptRoot 'FakeJira.ps1')
    Import-JiraAuthModule
    $script:Cloud = Start-FakeJira
}

AfterAll {
    Disconnect-JiraCloud -All -ErrorAction SilentlyContinue
    Stop-FakeJira $script:Cloud
}

Describe 'Test-JiraToken' {
    Context 'a credential given directly' {
        It 'reports <Reason> for the <Account> account without throwing' -TestCases @(
            @{ Account = 'Expired'; AuthMode = 'Auto'; Reason = 'InvalidOrExpired' }
            @{ Account = 'Locked'; AuthMode = 'Auto'; Reason = 'CaptchaRequired' }
            @{ Account = 'Limited'; AuthMode = 'ScopedApiToken'; Reason = 'ScopeMissing' }
            @{ Account = 'NoAccess'; AuthMode = 'Auto'; Reason = 'Forbidden' }
            @{ Account = 'Scoped'; AuthMode = 'ApiToken'; Reason = 'ScopedTokenSentToSite' }
        ) {
            param($Account, $AuthMode, $Reason)
            $a = $Accounts[$Account]

            $result = Test-JiraToken -Site $script:Cloud.Site -Email $a.Email -ApiToken (New-TestSecret $a.Token) -AuthMode $AuthMode `
                -AllowUnencryptedAuthentication -GatewayUri $script:Cloud.Gateway -ErrorAction Stop

            $result | ForEach-Object { $_.GetType().FullName } | Should -Be 'JiraAuth.Output.JiraTokenTestResult'
            $result.IsValid | Should -BeFalse
            $result.Reason | Should -Be $Reason
            $result.Message | Should -Not -BeNullOrEmpty
            $result.Site | Should -Be $script:Cloud.Site
            ($result | Format-List * | Out-String) | Should -Not -Match ([regex]::Escape($a.Token))
        }

        It 'returns only $false with -Quiet for a bad token and $true for a good one' {
            Test-JiraToken -Site $script:Cloud.Site -Credential (New-TestCredential $Accounts.Expired.Email $Accounts.Expired.Token) `
                -AllowUnencryptedAuthentication -GatewayUri $script:Cloud.Gateway -Quiet | Should -BeExactly $false
            Test-JiraToken -Site $script:Cloud.Site -Credential (New-TestCredential $Accounts.Admin.Email $Accounts.Admin.Token) `
                -AllowUnencryptedAuthentication -GatewayUri $script:Cloud.Gateway -Quiet | Should -BeExactly $true
        }

        It 'reports the days left before the -ExpiresOn date' {
            $result = Test-JiraToken -Site $script:Cloud.Site -Credential (New-TestCredential $Accounts.Admin.Email $Accounts.Admin.Token) `
                -AllowUnencryptedAuthentication -GatewayUri $script:Cloud.Gateway -ExpiresOn (Get-Date).AddDays(10.5)

            $result.IsValid | Should -BeTrue
            $result.DaysUntilExpiry | Should -Be 10
        }
    }

    Context 'a connection' {
        BeforeAll { $script:Connection = Connect-FakeCloud $script:Cloud -Name 'tested' }
        AfterAll { Disconnect-JiraCloud -All -ErrorAction SilentlyContinue }

        It 'tests the default connection when given nothing' {
            $result = Test-JiraToken

            $result.IsValid | Should -BeTrue
            $result.Reason | Should -Be 'Valid'
            $result.Account.DisplayName | Should -Be 'Alice Admin'
            $result.AuthMode | Should -Be 'ApiToken'
        }

        It 'takes the connection by name or from the pipeline' {
            (Test-JiraToken -Connection 'tested').IsValid | Should -BeTrue
            ($script:Connection | Test-JiraToken -Quiet) | Should -BeExactly $true
        }
    }
}
