#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

# Saved connections in the REAL Microsoft.PowerShell.SecretManagement and Microsoft.PowerShell.SecretStore (where the
# user has them installed, else ../shared/tools/powershell-modules beside the repository: VaultModules.ps1), used exactly
# as a scheduled task uses them: every step is its own `pwsh -NonInteractive` process, and all processes of a test share
# one throw-away HOME, where SecretStore keeps its store and SecretManagement its vault registry. The user's own vaults
# are never read or changed.

BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'VaultModules.ps1')
    $realVaultMissing = -not (Find-VaultModules -RepositoryRoot (Join-Path $PSScriptRoot '../..')).HasSecretStore
    if ($realVaultMissing) {
        Write-Warning ('SecretStore.Tests.ps1: skipping the real SecretStore tests because SecretStore is not installed: ' +
            $script:VaultModulesInstallAdvice)
    }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'FakeJira.ps1')
    $script:VaultModulePath = Join-VaultModulePath (Find-VaultModules -RepositoryRoot $script:RepositoryRoot).Prefix
    $script:StorePassword = 'store-P@ss-1'

    # Variables every child gets: its HOME, the real modules first on PSModulePath, and what the scripts below read.
    function Get-ChildEnvironment($ThrowawayHome) {
        $environment = @{} + $ThrowawayHome.Environment
        $environment['PSModulePath'] = $script:VaultModulePath
        $environment['JIRAAUTH_MANIFEST'] = Join-Path $script:RepositoryRoot 'out/JiraAuth/JiraAuth.psd1'
        $environment['TEST_SITE'] = $script:Cloud.Site
        $environment['TEST_GATEWAY'] = $script:Cloud.Gateway
        $environment['TEST_EMAIL'] = $Accounts.Admin.Email
        $environment['TEST_TOKEN'] = $Accounts.Admin.Token
        $environment['TEST_STORE_PASSWORD'] = $script:StorePassword
        $environment
    }

    # Creates the store in the child's HOME the documented unattended way, or password-protected (-Authentication
    # Password, with -Interaction Prompt or None), registers it as the default vault JiraVault, then logs in to the fake
    # and saves the connection 'nightly' with Connect-JiraCloud -Save.
    function Save-Nightly($ThrowawayHome, [ValidateSet('None', 'Password')] [string] $Authentication = 'None', [string] $Interaction = 'None') {
        $script = @'
$ErrorActionPreference = 'Stop'
Import-Module Microsoft.PowerShell.SecretManagement, Microsoft.PowerShell.SecretStore
$storePassword = ConvertTo-SecureString $env:TEST_STORE_PASSWORD -AsPlainText -Force
if ('AUTHENTICATION' -eq 'None') {
    Set-SecretStoreConfiguration -Scope CurrentUser -Authentication None -Interaction None -Password $storePassword -Confirm:$false
} else {
    Reset-SecretStore -Authentication Password -Password $storePassword -Interaction INTERACTION -Force -Confirm:$false -WarningAction SilentlyContinue
}
Register-SecretVault -Name JiraVault -ModuleName Microsoft.PowerShell.SecretStore -DefaultVault
Import-Module $env:JIRAAUTH_MANIFEST
$token = ConvertTo-SecureString $env:TEST_TOKEN -AsPlainText -Force
$connection = Connect-JiraCloud -Site $env:TEST_SITE -Email $env:TEST_EMAIL -ApiToken $token -Name nightly -Save `
    -AllowUnencryptedAuthentication -GatewayUri $env:TEST_GATEWAY
"saved $($connection.Name) in $($connection.VaultName)"
'@
        $script = $script.Replace('AUTHENTICATION', $Authentication).Replace('INTERACTION', $Interaction)
        $result = Invoke-ChildPwsh -Script $script -Environment (Get-ChildEnvironment $ThrowawayHome)
        $result.TimedOut | Should -BeFalse -Because "saving must not hang: $($result.Errors)"
        $result.ExitCode | Should -Be 0 -Because "$($result.Output) $($result.Errors)"
        $result.Output | Should -Match 'saved nightly in JiraVault'
        $result
    }

    # What a scheduled task runs: no credential anywhere, only the saved connection's name.
    $script:ScheduledTask = @'
Import-Module $env:JIRAAUTH_MANIFEST
Connect-JiraCloud -Name nightly -ErrorAction Stop | Out-Null
"account: " + (Invoke-JiraRestMethod myself).accountId
"token valid: " + (Test-JiraToken -Quiet)
'@

    # Tries to load 'nightly' and prints what failed: the error id, category, message and recommended action.
    $script:LoadAndReport = @'
Import-Module $env:JIRAAUTH_MANIFEST
try { Connect-JiraCloud -Name nightly -ErrorAction Stop | Out-Null; 'connected' }
catch {
    "id: $($_.FullyQualifiedErrorId)"
    "category: $($_.CategoryInfo.Category)"
    "message: $($_.Exception.Message)"
    "action: $($_.ErrorDetails.RecommendedAction)"
}
'@
}

# Each child process costs seconds on a loaded machine, so every Context saves once and its tests share that store.
Describe 'Saved connections in the real SecretStore, across processes' -Skip:$realVaultMissing {
    BeforeAll {
        $script:Cloud = Start-FakeJira
        $script:AdminAccountId = '5b10a2844c20165700ede21g'  # FakeAccounts.AdminAccountId
    }

    AfterAll {
        Stop-FakeJira $script:Cloud
    }

    Context 'a store set up for unattended use (-Authentication None -Interaction None)' {
        BeforeAll {
            $script:ChildHome = New-ThrowawayHome
            $script:Saved = Save-Nightly $script:ChildHome
        }
        AfterAll { Remove-Item -LiteralPath $script:ChildHome.Path -Recurse -Force -ErrorAction SilentlyContinue }

        It 'saves with Connect-JiraCloud -Save in one process; a -NonInteractive process loads it by name and calls Jira' {
            $task = Invoke-ChildPwsh -Script $script:ScheduledTask -Environment (Get-ChildEnvironment $script:ChildHome)

            $task.TimedOut | Should -BeFalse
            $task.Errors | Should -BeNullOrEmpty
            $task.ExitCode | Should -Be 0
            $task.Output | Should -Match "account: $script:AdminAccountId"
            $task.Output | Should -Match 'token valid: True'
            # The token is in no process's output, and the store SecretStore wrote in the throw-away HOME is encrypted.
            $token = [regex]::Escape($Accounts.Admin.Token)
            "$($script:Saved.Output)$($script:Saved.Errors)$($task.Output)$($task.Errors)" | Should -Not -Match $token
            $storeFile = Join-Path $script:ChildHome.Path '.secretmanagement/localstore/storefile'
            # There on Linux and macOS; Windows keeps the store under LOCALAPPDATA. ($IsWindows is not defined in Windows PowerShell.)
            if ([System.IO.Path]::DirectorySeparatorChar -eq '/') { Test-Path -LiteralPath $storeFile | Should -BeTrue }
            foreach ($file in Get-ChildItem -LiteralPath $script:ChildHome.Path -Recurse -File -Force) {
                [System.IO.File]::ReadAllText($file.FullName) | Should -Not -Match $token -Because $file.FullName
            }
        }

        # Runs last in this Context: it removes the saved connection.
        It 'lists it with Get-JiraConnection -ListAvailable and forgets it with Disconnect-JiraCloud -Forget; the next process cannot load it' {
            $environment = Get-ChildEnvironment $script:ChildHome

            $forgot = Invoke-ChildPwsh -Environment $environment -Script @'
Import-Module $env:JIRAAUTH_MANIFEST
Get-JiraConnection -ListAvailable -ErrorAction Stop | ForEach-Object { "listed: $($_.Name) $($_.VaultName) $($_.AuthMode) $($_.UserName)" }
Connect-JiraCloud -Name nightly -ErrorAction Stop | Out-Null
Disconnect-JiraCloud -Name nightly -Forget -Confirm:$false -ErrorAction Stop
'forgotten'
'@
            $forgot.ExitCode | Should -Be 0 -Because $forgot.Errors
            $forgot.Output | Should -Match "listed: nightly JiraVault ApiToken $([regex]::Escape($Accounts.Admin.Email))"
            $forgot.Output | Should -Match 'forgotten'

            $after = Invoke-ChildPwsh -Environment $environment -Script $script:LoadAndReport
            $after.Output | Should -Match 'id: JiraSavedConnectionNotFound,JiraAuth.Commands.ConnectJiraCloudCommand'
            $after.Output | Should -Match 'category: ObjectNotFound'
        }
    }

    Context 'a password-protected store that this process did not unlock (-Authentication Password -Interaction Prompt)' {
        BeforeAll {
            $script:ChildHome = New-ThrowawayHome
            $null = Save-Nightly $script:ChildHome -Authentication Password -Interaction Prompt
        }
        AfterAll { Remove-Item -LiteralPath $script:ChildHome.Path -Recurse -Force -ErrorAction SilentlyContinue }

        It 'gives JiraVaultLocked at once in a -NonInteractive process, without waiting on a prompt' {
            # Standard input stays open: a process that waited for a password would hang here and be killed.
            $task = Invoke-ChildPwsh -Script $script:LoadAndReport -Environment (Get-ChildEnvironment $script:ChildHome) -TimeoutSec 60

            $task.TimedOut | Should -BeFalse -Because 'a locked vault must fail, not wait for a password'
            $task.Output | Should -Match 'id: JiraVaultLocked,JiraAuth.Commands.ConnectJiraCloudCommand'
            $task.Output | Should -Match 'category: PermissionDenied'
            $task.Output | Should -Match 'message: The vault is locked'
            $task.Output | Should -Match 'action: .*cannot prompt.*Set-SecretStoreConfiguration -Authentication None -Interaction None'
        }

        It 'loads it in a process that unlocks the store with Unlock-SecretStore first' {
            $task = Invoke-ChildPwsh -Environment (Get-ChildEnvironment $script:ChildHome) -Script (@'
Import-Module Microsoft.PowerShell.SecretStore
Unlock-SecretStore -Password (ConvertTo-SecureString $env:TEST_STORE_PASSWORD -AsPlainText -Force)
'@ + "`n" + $script:ScheduledTask)

            $task.TimedOut | Should -BeFalse
            $task.ExitCode | Should -Be 0 -Because $task.Errors
            $task.Output | Should -Match "account: $script:AdminAccountId"
        }
    }
}
