#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

# A 3LO sign-in with -NoBrowser whose standard input is a pipe (ssh without -t, a wrapper script, a parent process), in
# a real PowerShell child process started as `pwsh -NoProfile -File` (no -NonInteractive: someone, or something, is
# answering). The test plays the wrapper: it reads the authorize link the child prints, does what a browser does
# (the fake authorization server consents at once and redirects) and writes the address it ended on to the child's
# input. The connection is saved in the real SecretStore when it is installed or in ../shared (VaultModules.ps1), else
# in the file-backed test vault; a second process then loads it. Every child has a time limit.

BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'VaultModules.ps1')
    $vaultMissing = (Find-VaultModules -RepositoryRoot (Join-Path $PSScriptRoot '../..')).IsStub
    if ($vaultMissing) {
        Write-Warning ('SignInFromPipe.Tests.ps1: skipping the sign-in from a pipe because SecretManagement is not installed (only the test stub ' +
            "was found, which cannot keep a connection from one process to the next): $script:VaultModulesInstallAdvice")
    }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'FakeJira.ps1')
    $script:Cloud = Start-FakeJira
    $script:ChildHome = New-ThrowawayHome
    # SecretStore when found; else the real SecretManagement with the test vault.
    $vaultModules = Find-VaultModules -RepositoryRoot $script:RepositoryRoot
    $script:VaultKind = if ($vaultModules.HasSecretStore) { 'SecretStore' } else { 'TestVault' }
    $script:RedirectPrefix = 'http://localhost:8765/callback'

    $script:ChildEnvironment = @{} + $script:ChildHome.Environment
    $script:ChildEnvironment['PSModulePath'] = Join-VaultModulePath $vaultModules.Prefix
    $script:ChildEnvironment['JIRAAUTH_MANIFEST'] = Join-Path $script:RepositoryRoot 'out/JiraAuth/JiraAuth.psd1'
    $script:ChildEnvironment['TEST_VAULT_KIND'] = $script:VaultKind
    $script:ChildEnvironment['TEST_VAULT_MODULE'] = Join-Path $script:RepositoryRoot 'tests/Pester/JiraAuthTestVault/JiraAuthTestVault.psd1'
    $script:ChildEnvironment['TEST_VAULT_FILE'] = Join-Path $script:ChildHome.Path 'test-vault.json'
    $script:ChildEnvironment['TEST_GATEWAY'] = $script:Cloud.Gateway
    $script:ChildEnvironment['TEST_AUTH'] = $script:Cloud.Auth
    $script:ChildEnvironment['TEST_CLIENT_ID'] = 'fake3loClientId0001'              # FakeAccounts.OAuthClientId
    $script:ChildEnvironment['TEST_CLIENT_SECRET'] = 'fake-3lo-client-secret-ATOAx1' # FakeAccounts.OAuthClientSecret

    # The vault JiraVault in the child's HOME, set up as the README says (SecretStore without a password, or the test vault).
    $setup = @'
$ErrorActionPreference = 'Stop'
Import-Module Microsoft.PowerShell.SecretManagement
if ($env:TEST_VAULT_KIND -eq 'SecretStore') {
    Import-Module Microsoft.PowerShell.SecretStore
    $storePassword = ConvertTo-SecureString 'store-P@ss-1' -AsPlainText -Force
    Set-SecretStoreConfiguration -Scope CurrentUser -Authentication None -Interaction None -Password $storePassword -Confirm:$false
    Register-SecretVault -Name JiraVault -ModuleName Microsoft.PowerShell.SecretStore -DefaultVault
} else {
    Register-SecretVault -Name JiraVault -ModuleName $env:TEST_VAULT_MODULE -VaultParameters @{ Path = $env:TEST_VAULT_FILE } -DefaultVault
}
'vault ready'
'@
    $ready = Invoke-ChildPwsh -Script $setup -Environment $script:ChildEnvironment
    if ($ready.Output -notmatch 'vault ready') { throw "The vault could not be set up in the child's HOME: $($ready.Output) $($ready.Errors)" }

    # What an unattended script runs: sign in with -NoBrowser, save, and stop at the first error.
    $script:SignIn = @'
$ErrorActionPreference = 'Stop'
Import-Module $env:JIRAAUTH_MANIFEST
$secret = ConvertTo-SecureString $env:TEST_CLIENT_SECRET -AsPlainText -Force
$connection = Connect-JiraCloud -ClientId $env:TEST_CLIENT_ID -ClientSecret $secret -Scope read:jira-user -NoBrowser -Name piped -Save -Vault JiraVault `
    -AllowUnencryptedAuthentication -GatewayUri $env:TEST_GATEWAY -AuthUri $env:TEST_AUTH
"signed in: $($connection.Name) $($connection.AuthMode) saved in $($connection.VaultName)"
'END'
'@

    # What a browser does with the authorize link: follow it to the redirect (HttpWebRequest: the same in 5.1 and pwsh).
    function Get-ConsentRedirect([string] $Link) {
        $request = [System.Net.HttpWebRequest]::Create($Link)
        $request.AllowAutoRedirect = $false
        $request.Timeout = 30000
        $response = $request.GetResponse()
        try { $response.Headers['Location'] } finally { $response.Close() }
    }
}

AfterAll {
    Stop-FakeJira $script:Cloud
    if ($script:ChildHome) { Remove-Item -LiteralPath $script:ChildHome.Path -Recurse -Force -ErrorAction SilentlyContinue }
}

Describe 'Connect-JiraCloud -NoBrowser with standard input redirected' -Skip:$vaultMissing {
    It 'reads the pasted redirect from the pipe, signs in and saves; another process loads the connection' {
        $script:Pasted = $null
        $authorize = [regex]::Escape($script:Cloud.Auth.TrimEnd('/') + '/authorize?')
        $answer = { param($line) if ($line -match "^$authorize") { $script:Pasted = Get-ConsentRedirect $line; $script:Pasted } }

        $signIn = Invoke-ChildPwsh -Script $script:SignIn -Environment $script:ChildEnvironment -Interactive -Answer $answer -TimeoutSec 120

        $signIn.TimedOut | Should -BeFalse -Because "$($signIn.Output) $($signIn.Errors)"
        $script:Pasted | Should -Match ('^' + [regex]::Escape($script:RedirectPrefix) + '\?.*code=')
        $signIn.ExitCode | Should -Be 0 -Because "$($signIn.Output) $($signIn.Errors)"
        $signIn.Output | Should -Match 'read from standard input'
        $signIn.Output | Should -Match 'signed in: piped OAuth3LO saved in JiraVault'
        $signIn.Output | Should -Match '(?m)^END\s*$'
        # The pasted address carries the authorization code: read from a pipe, it is not echoed anywhere.
        $code = [regex]::Match($script:Pasted, 'code=([^&]+)').Groups[1].Value
        "$($signIn.Output)$($signIn.Errors)" | Should -Not -Match ([regex]::Escape($code))

        $load = Invoke-ChildPwsh -Script @'
Import-Module $env:JIRAAUTH_MANIFEST
Connect-JiraCloud -Name piped -Vault JiraVault -ErrorAction Stop | Out-Null
'account: ' + (Invoke-JiraRestMethod myself).accountId
'@ -Environment $script:ChildEnvironment
        $load.TimedOut | Should -BeFalse
        $load.ExitCode | Should -Be 0 -Because "$($load.Output) $($load.Errors)"
        $load.Output | Should -Match 'account: 5b10a2844c20165700ede21g'   # FakeAccounts.AdminAccountId
    }

    It 'fails with an error that says what it expected, and a non-zero exit code, when the input ends' {
        $result = Invoke-ChildPwsh -Script $script:SignIn -Environment $script:ChildEnvironment -Interactive -CloseInput

        $result.TimedOut | Should -BeFalse -Because 'an ended input must not be waited on'
        $result.ExitCode | Should -Not -Be 0
        $result.Output | Should -Not -Match '(?m)^END\s*$'
        # The error view wraps long messages onto lines that start with '|' (pwsh 7); join them back into one text.
        $errors = (($result.Errors -split '\r?\n') | ForEach-Object { $_ -replace '^\s*\|', '' } | ForEach-Object { $_.Trim() }) -join ' '
        $errors | Should -Match 'The input ended before the address the browser ended on was read'
        $errors | Should -Match ([regex]::Escape("one line starting with $script:RedirectPrefix"))
        $errors | Should -Match 'standard input'
        $errors | Should -Match 'Connect-JiraCloud -ClientId'
    }
}
