# Sets up the sandbox session. Dot-sourced by the pwsh that tests/JiraAuth.Sandbox starts, which passes the fake Jira's
# addresses and the module's path in JIRAAUTH_* variables and has pointed HOME at the sandbox's own folder.

if ($env:JIRAAUTH_SANDBOX_VAULT -eq 'SecretStore') {
    Import-Module Microsoft.PowerShell.SecretManagement, Microsoft.PowerShell.SecretStore -ErrorAction Stop
    if (-not (Get-SecretVault -Name SandboxVault -ErrorAction SilentlyContinue)) {
        # The unattended setup from the README, in the sandbox's HOME: no password, never a prompt.
        $storePassword = ConvertTo-SecureString ([guid]::NewGuid().ToString()) -AsPlainText -Force
        Set-SecretStoreConfiguration -Scope CurrentUser -Authentication None -Interaction None -Password $storePassword -Confirm:$false -ErrorAction Stop
        Register-SecretVault -Name SandboxVault -ModuleName Microsoft.PowerShell.SecretStore -DefaultVault -ErrorAction Stop
        Remove-Variable storePassword
    }
}
else {
    # No real modules beside the repository: the xunit tests' in-memory stand-in (its one vault is named Stub).
    Import-Module Microsoft.PowerShell.SecretManagement -ErrorAction Stop
}

Import-Module $env:JIRAAUTH_MANIFEST -ErrorAction Stop

$global:Sandbox = [pscustomobject]@{
    Site          = $env:JIRAAUTH_SANDBOX_SITE
    Gateway       = $env:JIRAAUTH_SANDBOX_GATEWAY
    CloudId       = $env:JIRAAUTH_SANDBOX_CLOUDID
    DataCenter    = $env:JIRAAUTH_SANDBOX_DATACENTER
    AuthUri       = $env:JIRAAUTH_SANDBOX_AUTH
    Home          = $HOME
    AdminToken    = ConvertTo-SecureString 'classic-token-ATATT3xFfGF0' -AsPlainText -Force
    ScopedToken   = ConvertTo-SecureString 'scoped-token-ATATT3xScoped' -AsPlainText -Force
    DataCenterPat = ConvertTo-SecureString 'dc-pat-NjQ2MzY5' -AsPlainText -Force
}

function global:prompt { "[sandbox] PS $($executionContext.SessionState.Path.CurrentLocation)$('>' * ($nestedPromptLevel + 1)) " }
