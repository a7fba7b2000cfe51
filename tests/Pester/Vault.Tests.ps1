#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

# Saving and loading connections through a real Microsoft.PowerShell.SecretManagement vault. The vaults are instances of
# the test-only extension vault tests/Pester/JiraAuthTestVault, registered under unique names (JiraAuthTest-<guid8>)
# and never as the default; every command passes -Vault, so the user's own vaults and SecretStore configuration are
# never read or changed. Each vault keeps its secrets in plain text in a temp file, so the tests can check exactly
# what JiraAuth handed to the vault.

BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'VaultModules.ps1')
    $secretManagementMissing = -not (Test-RealSecretManagement)
    if ($secretManagementMissing) {
        Write-Warning ('Vault.Tests.ps1: skipping the vault tests because Microsoft.PowerShell.SecretManagement is not installed ' +
            "(only the test stub was found): $script:VaultModulesInstallAdvice")
    }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'FakeJira.ps1')
}

Describe 'Saved connections in a SecretManagement vault' -Skip:$secretManagementMissing {
    BeforeAll {
        Import-JiraAuthModule
        $script:Cloud = Start-FakeJira
        $script:AdminAccountId = '5b10a2844c20165700ede21g'  # FakeAccounts.AdminAccountId

        $script:RegisteredVaults = New-Object System.Collections.Generic.List[object]
        $script:Vault = Register-TestVault
        $script:RegisteredVaults.Add($script:Vault)
        $script:NoMetadataVault = Register-TestVault @{ RejectMetadata = $true }
        $script:RegisteredVaults.Add($script:NoMetadataVault)
        $script:LockedVault = Register-TestVault @{ Locked = $true }
        $script:RegisteredVaults.Add($script:LockedVault)

        # Connect-JiraCloud -Save -Vault for the fake's admin (classic API token at the site).
        function Save-AdminConnection {
            param([string] $Vault, [string] $Name = 'nightly', [switch] $WhatIf, [switch] $Verbose)
            $admin = $Accounts.Admin
            Connect-JiraCloud -Site $script:Cloud.Site -Email $admin.Email -ApiToken (New-TestSecret $admin.Token) -Name $Name `
                -AllowUnencryptedAuthentication -GatewayUri $script:Cloud.Gateway -Save -Vault $Vault -WhatIf:$WhatIf -Verbose:$Verbose -ErrorAction Stop
        }
    }

    AfterAll {
        if (Get-Command Disconnect-JiraCloud -ErrorAction SilentlyContinue) { Disconnect-JiraCloud -All -ErrorAction SilentlyContinue }
        if ($null -ne $script:RegisteredVaults) {
            foreach ($registered in $script:RegisteredVaults) { Unregister-TestVault $registered }
        }
        Stop-FakeJira $script:Cloud
    }

    AfterEach {
        Disconnect-JiraCloud -All -ErrorAction SilentlyContinue
        foreach ($registered in $script:RegisteredVaults) { Clear-TestVault $registered }
    }

    Context 'a vault that stores metadata' {
        It 'saves one secret JiraAuth:nightly with metadata, the token only inside the secret' {
            $token = [regex]::Escape($Accounts.Admin.Token)

            $stream = @(Save-AdminConnection -Vault $script:Vault.Name -Verbose *>&1)

            $connection = @($stream | Where-Object { $_.GetType().FullName -eq 'JiraAuth.Core.Connections.JiraConnection' })
            $connection.Count | Should -Be 1
            $connection[0].Name | Should -Be 'nightly'
            $connection[0].VaultName | Should -Be $script:Vault.Name

            $infos = @(Get-SecretInfo -Name 'JiraAuth:*' -Vault $script:Vault.Name -ErrorAction Stop)
            $infos.Count | Should -Be 1
            $infos[0].Name | Should -BeExactly 'JiraAuth:nightly'
            $infos[0].Type | Should -Be 'SecureString'
            $infos[0].Metadata['Name'] | Should -Be 'nightly'
            $infos[0].Metadata['Site'] | Should -Be $script:Cloud.Site.TrimEnd('/')
            $infos[0].Metadata['AuthMode'] | Should -Be 'ApiToken'
            $infos[0].Metadata['UserName'] | Should -Be $Accounts.Admin.Email
            (@($infos[0].Metadata.Values) -join ' ') | Should -Not -Match $token

            # What the vault was handed: a SecureString holding the JSON record, the only place the token appears.
            @(Get-TestVaultSecretName $script:Vault).Count | Should -Be 1
            Get-TestVaultSecretName $script:Vault | Should -BeExactly 'JiraAuth:nightly'
            $entry = Get-TestVaultEntry $script:Vault 'JiraAuth:nightly'
            $entry.Type | Should -Be 'SecureString'
            $record = $entry.Value | ConvertFrom-Json
            $record.secret | Should -BeExactly $Accounts.Admin.Token
            $record.name | Should -Be 'nightly'
            ($entry.Metadata | ConvertTo-Json -Depth 5) | Should -Not -Match $token
            [regex]::Matches((Read-TestVaultFile $script:Vault), $token).Count | Should -Be 1

            # Output, verbose and every other stream, and the connection as formatted, never show it.
            ($stream | Out-String) | Should -Not -Match $token
            ($connection[0] | Format-List * | Out-String) | Should -Not -Match $token
            (Get-JiraConnection | Format-List * | Out-String) | Should -Not -Match $token
        }

        It 'writes nothing to the vault under -WhatIf' {
            $connection = Save-AdminConnection -Vault $script:Vault.Name -WhatIf

            $connection.VaultName | Should -BeNullOrEmpty
            @(Get-SecretInfo -Name 'JiraAuth:*' -Vault $script:Vault.Name -ErrorAction Stop).Count | Should -Be 0
            Test-Path -LiteralPath $script:Vault.Path | Should -BeFalse
        }

        It 'loads the saved connection by name after Disconnect-JiraCloud, with no credential' {
            $saved = Save-AdminConnection -Vault $script:Vault.Name
            Disconnect-JiraCloud -Name nightly
            Get-JiraConnection | Should -BeNullOrEmpty

            $loaded = Connect-JiraCloud -Name nightly -Vault $script:Vault.Name -ErrorAction Stop

            $loaded | ForEach-Object { $_.GetType().FullName } | Should -Be 'JiraAuth.Core.Connections.JiraConnection'
            $loaded.Name | Should -Be 'nightly'
            $loaded.AuthMode | Should -Be 'ApiToken'
            $loaded.Site.ToString() | Should -Be $saved.Site.ToString()
            $loaded.VaultName | Should -Be $script:Vault.Name
            $loaded.Account.AccountId | Should -Be $script:AdminAccountId
            (Get-JiraConnection).Name | Should -Be 'nightly'
            (Invoke-JiraRestMethod myself).accountId | Should -Be $script:AdminAccountId
            (Invoke-JiraRestMethod myself -Connection nightly).accountId | Should -Be $script:AdminAccountId
        }

        It 'lists the saved connection from its metadata with Get-JiraConnection -ListAvailable -Vault' {
            $null = Save-AdminConnection -Vault $script:Vault.Name
            Disconnect-JiraCloud -All

            $listed = @(Get-JiraConnection -ListAvailable -Vault $script:Vault.Name -ErrorAction Stop)

            $listed.Count | Should -Be 1
            $listed[0] | ForEach-Object { $_.GetType().FullName } | Should -Be 'JiraAuth.Vault.SavedJiraConnection'
            $listed[0].Name | Should -Be 'nightly'
            $listed[0].SecretName | Should -BeExactly 'JiraAuth:nightly'
            $listed[0].VaultName | Should -Be $script:Vault.Name
            $listed[0].Site | Should -Be $script:Cloud.Site.TrimEnd('/')
            $listed[0].AuthMode | Should -Be 'ApiToken'
            $listed[0].UserName | Should -Be $Accounts.Admin.Email
            $listed[0].IsConnected | Should -BeFalse

            $null = Connect-JiraCloud -Name nightly -Vault $script:Vault.Name -ErrorAction Stop
            $saved = @(Get-JiraConnection -ListAvailable -Vault $script:Vault.Name -ErrorAction Stop |
                    Where-Object { $_.GetType().FullName -eq 'JiraAuth.Vault.SavedJiraConnection' })
            $saved.Count | Should -Be 1
            $saved[0].IsConnected | Should -BeTrue
        }

        It 'removes the secret with Disconnect-JiraCloud -Forget -Vault' {
            $null = Save-AdminConnection -Vault $script:Vault.Name

            Disconnect-JiraCloud -Name nightly -Forget -Vault $script:Vault.Name -Confirm:$false -ErrorAction Stop

            Get-JiraConnection | Should -BeNullOrEmpty
            @(Get-SecretInfo -Name 'JiraAuth:*' -Vault $script:Vault.Name -ErrorAction Stop).Count | Should -Be 0
            Get-TestVaultSecretName $script:Vault | Should -BeNullOrEmpty
            { Connect-JiraCloud -Name nightly -Vault $script:Vault.Name } | Should -Throw -ErrorId 'JiraSavedConnectionNotFound,JiraAuth.Commands.ConnectJiraCloudCommand'
        }

        It 'warns, without an error, when -Forget finds nothing to remove' {
            Disconnect-JiraCloud -Name ghost -Forget -Vault $script:Vault.Name -Confirm:$false -ErrorAction Stop `
                -WarningAction SilentlyContinue -WarningVariable warnings

            @($warnings).Count | Should -Be 1
            "$($warnings[0])" | Should -Match "'ghost'"
        }

        It 'fails with JiraSavedConnectionNotFound / ObjectNotFound for a name that was never saved' {
            $null = Save-AdminConnection -Vault $script:Vault.Name
            Disconnect-JiraCloud -All

            $thrown = { Connect-JiraCloud -Name missing -Vault $script:Vault.Name } |
                Should -Throw -ErrorId 'JiraSavedConnectionNotFound,JiraAuth.Commands.ConnectJiraCloudCommand' -PassThru

            $thrown.CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $thrown.Exception | Should -BeOfType ([System.Management.Automation.ItemNotFoundException])
            $thrown.Exception.Message | Should -Match "'missing'"
            $thrown.Exception.Message | Should -Match ([regex]::Escape($script:Vault.Name))
            $thrown.TargetObject | Should -Be 'missing'
            $thrown.ErrorDetails.RecommendedAction | Should -Match 'ListAvailable'
            Get-JiraConnection | Should -BeNullOrEmpty
        }

        It 'fails with JiraInvalidConnectionRecord / InvalidData for a secret that is not a JiraAuth record' {
            Set-Secret -Name 'JiraAuth:broken' -Secret 'not json' -Vault $script:Vault.Name -ErrorAction Stop

            $thrown = { Connect-JiraCloud -Name broken -Vault $script:Vault.Name } |
                Should -Throw -ErrorId 'JiraInvalidConnectionRecord,JiraAuth.Commands.ConnectJiraCloudCommand' -PassThru

            $thrown.CategoryInfo.Category | Should -Be 'InvalidData'
            $thrown.Exception.Message | Should -Match 'JiraAuth:broken'
            $thrown.Exception.Message | Should -Match 'Remove-Secret'
            $thrown.TargetObject | Should -Be $script:Vault.Name
            Get-JiraConnection | Should -BeNullOrEmpty

            # Listing reads metadata only, so the broken secret is still listed by its name.
            $listed = @(Get-JiraConnection -ListAvailable -Vault $script:Vault.Name -ErrorAction Stop)
            $listed.Count | Should -Be 1
            $listed[0].Name | Should -Be 'broken'
            $listed[0].Site | Should -BeNullOrEmpty
        }
    }

    Context 'a vault that cannot store metadata' {
        It 'saves without metadata after the vault refuses it, lists it by name and loads it' {
            $saved = Save-AdminConnection -Vault $script:NoMetadataVault.Name

            $saved.VaultName | Should -Be $script:NoMetadataVault.Name
            @(Get-TestVaultSecretName $script:NoMetadataVault).Count | Should -Be 1
            Get-TestVaultSecretName $script:NoMetadataVault | Should -BeExactly 'JiraAuth:nightly'
            $entry = Get-TestVaultEntry $script:NoMetadataVault 'JiraAuth:nightly'
            $entry.Type | Should -Be 'SecureString'
            @($entry.Metadata.PSObject.Properties).Count | Should -Be 0
            ($entry.Value | ConvertFrom-Json).site | Should -Be $script:Cloud.Site.TrimEnd('/')

            Disconnect-JiraCloud -All
            $listed = @(Get-JiraConnection -ListAvailable -Vault $script:NoMetadataVault.Name -ErrorAction Stop)
            $listed.Count | Should -Be 1
            $listed[0].Name | Should -Be 'nightly'
            $listed[0].Site | Should -BeNullOrEmpty

            $loaded = Connect-JiraCloud -Name nightly -Vault $script:NoMetadataVault.Name -ErrorAction Stop
            $loaded.VaultName | Should -Be $script:NoMetadataVault.Name
            $loaded.AuthMode | Should -Be 'ApiToken'
            (Invoke-JiraRestMethod myself).accountId | Should -Be $script:AdminAccountId
        }
    }

    Context 'a script that sets $ErrorActionPreference = ''Stop''' {
        It 'still saves to a vault that cannot store metadata (the refusal is handled, not thrown at the script)' {
            $ErrorActionPreference = 'Stop'

            $saved = Save-AdminConnection -Vault $script:NoMetadataVault.Name

            $saved.VaultName | Should -Be $script:NoMetadataVault.Name
            Get-TestVaultSecretName $script:NoMetadataVault | Should -BeExactly 'JiraAuth:nightly'
        }
    }

    Context 'a locked vault' {
        It 'fails to load with JiraVaultLocked / PermissionDenied and names the unattended setup' {
            $thrown = { Connect-JiraCloud -Name nightly -Vault $script:LockedVault.Name } |
                Should -Throw -ErrorId 'JiraVaultLocked,JiraAuth.Commands.ConnectJiraCloudCommand' -PassThru

            $thrown.CategoryInfo.Category | Should -Be 'PermissionDenied'
            $thrown.Exception.Message | Should -Match 'Unlock-SecretStore'
            $thrown.TargetObject | Should -Be $script:LockedVault.Name
            $thrown.ErrorDetails.RecommendedAction | Should -Match 'Set-SecretStoreConfiguration'
        }

        It 'fails to save with JiraVaultLocked and registers no connection' {
            $thrown = { Save-AdminConnection -Vault $script:LockedVault.Name } | Should -Throw -ErrorId 'JiraVaultLocked,JiraAuth.Commands.ConnectJiraCloudCommand' -PassThru

            $thrown.CategoryInfo.Category | Should -Be 'PermissionDenied'
            $thrown.ErrorDetails.RecommendedAction | Should -Match 'Set-SecretStoreConfiguration'
            Get-JiraConnection | Should -BeNullOrEmpty
            Test-Path -LiteralPath $script:LockedVault.Path | Should -BeFalse
        }

        It 'reports JiraVaultLocked as an error from Get-JiraConnection -ListAvailable' {
            $listed = Get-JiraConnection -ListAvailable -Vault $script:LockedVault.Name -ErrorAction SilentlyContinue -ErrorVariable failures

            $listed | Should -BeNullOrEmpty
            @($failures).Count | Should -Be 1
            $failures[0].FullyQualifiedErrorId | Should -BeLike 'JiraVaultLocked,*'
            $failures[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
            $failures[0].ErrorDetails.RecommendedAction | Should -Match 'Set-SecretStoreConfiguration'
        }
    }
}
