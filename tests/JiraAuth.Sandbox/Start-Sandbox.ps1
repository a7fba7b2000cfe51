# Sets up the sandbox session. Dot-sourced by the pwsh that tests/JiraAuth.Sandbox starts, which passes the fake Jira's
# addresses, the repository and the module's path in JIRAAUTH_* variables and has pointed HOME at the sandbox's own folder.

# SecretManagement and SecretStore where the user has them, else ../shared/tools/powershell-modules; without SecretStore
# the test stub (found in a child scope, so the lookup's functions stay out of the session).
$sandboxVaultModules = & {
    . (Join-Path $env:JIRAAUTH_REPOSITORY 'tests/Pester/VaultModules.ps1')
    $found = Find-VaultModules -RepositoryRoot $env:JIRAAUTH_REPOSITORY -UserModulePath $env:JIRAAUTH_USER_PSMODULEPATH
    $env:PSModulePath = Join-VaultModulePath $(if ($found.HasSecretStore) { $found.Prefix } else { $found.Stub })
    if (-not $found.HasSecretStore -and -not $found.IsStub) {
        $found.Description = "the test-only in-memory STUB of SecretManagement (not SecretStore; nothing is kept after the process ends), " +
            "because SecretStore is not installed: $script:VaultModulesInstallAdvice"
    }
    $found
}

if ($sandboxVaultModules.HasSecretStore) {
    Import-Module Microsoft.PowerShell.SecretManagement, Microsoft.PowerShell.SecretStore -ErrorAction Stop
    if (-not (Get-SecretVault -Name SandboxVault -ErrorAction SilentlyContinue)) {
        # The unattended setup from the README, in the sandbox's HOME: no password, never a prompt.
        $storePassword = ConvertTo-SecureString ([guid]::NewGuid().ToString()) -AsPlainText -Force
        Set-SecretStoreConfiguration -Scope CurrentUser -Authentication None -Interaction None -Password $storePassword -Confirm:$false -ErrorAction Stop
        Register-SecretVault -Name SandboxVault -ModuleName Microsoft.PowerShell.SecretStore -DefaultVault -ErrorAction Stop
        Remove-Variable storePassword
    }
    $sandboxVault = "SandboxVault, a SecretStore vault (the default) kept in this sandbox's HOME; $($sandboxVaultModules.Description)"
}
else {
    # The xunit tests' in-memory stand-in (its one vault is named Stub).
    Import-Module Microsoft.PowerShell.SecretManagement -ErrorAction Stop
    $sandboxVault = "Stub: -Save lasts this session only. It is $($sandboxVaultModules.Description)"
}

Import-Module $env:JIRAAUTH_MANIFEST -ErrorAction Stop

$global:Sandbox = [pscustomobject]@{
    Site          = $env:JIRAAUTH_SANDBOX_SITE
    Gateway       = $env:JIRAAUTH_SANDBOX_GATEWAY
    CloudId       = $env:JIRAAUTH_SANDBOX_CLOUDID
    DataCenter    = $env:JIRAAUTH_SANDBOX_DATACENTER
    AuthUri       = $env:JIRAAUTH_SANDBOX_AUTH
    Home          = $HOME
    Vault         = $sandboxVault
    AdminToken    = ConvertTo-SecureString 'classic-token-ATATT3xFfGF0' -AsPlainText -Force
    ScopedToken   = ConvertTo-SecureString 'scoped-token-ATATT3xScoped' -AsPlainText -Force
    DataCenterPat = ConvertTo-SecureString 'dc-pat-NjQ2MzY5' -AsPlainText -Force
}
if ($env:JIRAAUTH_SANDBOX_GREET) { Write-Host "Vault: $sandboxVault`n" }
Remove-Variable sandboxVaultModules, sandboxVault

function global:prompt { "[sandbox] PS $($executionContext.SessionState.Path.CurrentLocation)$('>' * ($nestedPromptLevel + 1)) " }
