# Shared by the *.Tests.ps1 files: imports the built module and runs the fake Jira server as a child process.
# Requires: `dotnet build JiraAuth.sln` first (the fake runs with --no-build), Pester 5, Microsoft.PowerShell.SecretManagement
# installed (JiraAuth.psd1 lists it in RequiredModules).

$script:RepositoryRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path

. (Join-Path $PSScriptRoot 'VaultModules.ps1')

function Import-JiraAuthModule {
    if (-not (Get-Module -ListAvailable -Name Microsoft.PowerShell.SecretManagement)) {
        throw "JiraAuth requires Microsoft.PowerShell.SecretManagement: $script:VaultModulesInstallAdvice"
    }
    $manifest = Join-Path $script:RepositoryRoot 'out/JiraAuth/JiraAuth.psd1'
    if (-not (Test-Path $manifest)) { throw "Build first: dotnet build JiraAuth.sln ($manifest is missing)." }
    Import-Module $manifest -Force -ErrorAction Stop
}

# How to start the fake: its built dll when there is one (dotnet test names it in JIRAAUTH_FAKEJIRA_DLL; otherwise the
# newest build), which starts in a second; `dotnet run` (an MSBuild evaluation each time) only as a fallback.
function Get-FakeJiraLaunch {
    $dll = $env:JIRAAUTH_FAKEJIRA_DLL
    if (-not $dll -or -not (Test-Path -LiteralPath $dll)) {
        $dll = Get-ChildItem (Join-Path $script:RepositoryRoot 'tests/JiraAuth.FakeJira/bin') -Recurse -Filter 'JiraAuth.FakeJira.dll' -ErrorAction SilentlyContinue |
            Where-Object { Test-Path -LiteralPath ([System.IO.Path]::ChangeExtension($_.FullName, '.runtimeconfig.json')) } |
            Sort-Object LastWriteTimeUtc -Descending | Select-Object -First 1 -ExpandProperty FullName
    }
    if ($dll) { return @($dll) }
    @('run', '--project', (Join-Path $script:RepositoryRoot 'tests/JiraAuth.FakeJira'), '--no-build', '--')
}

function Start-FakeJira {
    [CmdletBinding()]
    param([switch] $DataCenter)

    $arguments = @(Get-FakeJiraLaunch) + @('--port', '0')
    if ($DataCenter) { $arguments += @('--datacenter', '--context-path', '/jira') }

    $startInfo = New-Object System.Diagnostics.ProcessStartInfo
    $startInfo.FileName = 'dotnet'
    # ProcessStartInfo.ArgumentList does not exist on Windows PowerShell 5.1; none of these arguments needs quoting.
    $startInfo.Arguments = ($arguments | ForEach-Object { if ($_ -match '\s') { '"' + $_ + '"' } else { $_ } }) -join ' '
    $startInfo.UseShellExecute = $false
    $startInfo.RedirectStandardOutput = $true
    # The fake exits when its redirected stdin closes, so Stop-FakeJira never needs to kill it.
    $startInfo.RedirectStandardInput = $true
    $process = [System.Diagnostics.Process]::Start($startInfo)

    $fake = [ordered]@{ Process = $process; Site = $null; Gateway = $null; CloudId = $null; Auth = $null }
    $deadline = [DateTime]::UtcNow.AddSeconds(90)
    while (-not $fake.Site -or (-not $DataCenter -and (-not $fake.Gateway -or -not $fake.CloudId -or -not $fake.Auth))) {
        $read = $process.StandardOutput.ReadLineAsync()
        $remaining = [int][Math]::Max(0, ($deadline - [DateTime]::UtcNow).TotalMilliseconds)
        if (-not $read.Wait($remaining) -or $null -eq $read.Result) {
            Stop-FakeJira ([pscustomobject]$fake)
            throw 'The fake Jira server did not print its addresses (is tests/JiraAuth.FakeJira built?).'
        }
        switch -Regex ($read.Result) {
            '^Site:\s*(\S+)' { $fake.Site = $Matches[1] }
            '^Gateway:\s*(\S+)' { $fake.Gateway = $Matches[1] }
            '^CloudId:\s*(\S+)' { $fake.CloudId = $Matches[1] }
            '^Auth:\s*(\S+)' { $fake.Auth = $Matches[1] }
        }
    }
    # Keep draining stdout so the fake never blocks on a full pipe.
    $null = $process.StandardOutput.ReadToEndAsync()
    [pscustomobject]$fake
}

function Stop-FakeJira {
    param($Fake)
    if (-not $Fake -or -not $Fake.Process) { return }
    try { $Fake.Process.StandardInput.Close() } catch { }
    if (-not $Fake.Process.WaitForExit(10000)) { $Fake.Process.Kill() }
    $Fake.Process.Dispose()
}

function New-TestSecret([string] $Text) { ConvertTo-SecureString -String $Text -AsPlainText -Force }

function New-TestCredential([string] $UserName, [string] $Secret) {
    New-Object System.Management.Automation.PSCredential ($UserName, (New-TestSecret $Secret))
}

# Note for error assertions: `Should -Throw -ErrorId` compares (with -like) the whole FullyQualifiedErrorId, which for a
# compiled cmdlet is "<ErrorId>,<cmdlet class>", e.g. JiraApi404,JiraAuth.Commands.InvokeJiraRestMethodCommand.

# The fake's accounts (tests/JiraAuth.FakeJira/FakeAccounts.cs).
$script:Accounts = @{
    Admin    = @{ Email = 'admin@acme.example'; Token = 'classic-token-ATATT3xFfGF0'; DisplayName = 'Alice Admin' }
    Scoped   = @{ Email = 'scoped@acme.example'; Token = 'scoped-token-ATATT3xScoped'; DisplayName = 'Sam Scoped' }
    Limited  = @{ Email = 'limited@acme.example'; Token = 'scoped-token-ATATT3xLimited' }
    Expired  = @{ Email = 'expired@acme.example'; Token = 'expired-token-ATATT3xOld' }
    Locked   = @{ Email = 'locked@acme.example'; Token = 'locked-token' }
    NoAccess = @{ Email = 'noaccess@acme.example'; Token = 'noaccess-token' }
    DcPat    = 'dc-pat-NjQ2MzY5'
    DcUser   = @{ UserName = 'dcadmin'; Password = "dc-P@ssw0rd-$([char]0x00FC)"; DisplayName = 'Dana Center' }
}

function Connect-FakeCloud {
    # CmdletBinding makes -Verbose a common parameter here, so it reaches Connect-JiraCloud through $VerbosePreference.
    [CmdletBinding()]
    param([Parameter(Position = 0)] $Fake, [string] $Account = 'Admin', [string] $Name = 'default', [switch] $Default)
    $a = $script:Accounts[$Account]
    Connect-JiraCloud -Site $Fake.Site -Email $a.Email -ApiToken (New-TestSecret $a.Token) -Name $Name -Default:$Default `
        -AllowUnencryptedAuthentication -GatewayUri $Fake.Gateway -ErrorAction Stop
}

# Test vaults (Vault.Tests.ps1): tests/Pester/JiraAuthTestVault registered under a throw-away name, keeping its secrets
# in plain text in a JSON file in the temp folder. It is never made the default vault, so pass -Vault everywhere.
# $Options adds vault parameters: RejectMetadata = $true, Locked = $true (see the extension's .psm1).
function Register-TestVault {
    param([hashtable] $Options = @{})
    $name = 'JiraAuthTest-' + [guid]::NewGuid().ToString('N').Substring(0, 8)
    $path = Join-Path ([System.IO.Path]::GetTempPath()) ($name + '.json')
    $parameters = @{ Path = $path }
    foreach ($key in $Options.Keys) { $parameters[$key] = $Options[$key] }
    $module = Join-Path $script:RepositoryRoot 'tests/Pester/JiraAuthTestVault/JiraAuthTestVault.psd1'
    # -DefaultVault:$false: SecretManagement otherwise makes the first vault a user registers the default.
    Register-SecretVault -Name $name -ModuleName $module -VaultParameters $parameters -DefaultVault:$false -ErrorAction Stop
    [pscustomobject]@{ Name = $name; Path = $path }
}

function Unregister-TestVault {
    param($Vault)
    if (-not $Vault) { return }
    if (Get-SecretVault -Name $Vault.Name -ErrorAction SilentlyContinue) { Unregister-SecretVault -Name $Vault.Name -ErrorAction Continue }
    Clear-TestVault $Vault
}

# Empties a test vault by deleting its file (the extension reads the file on every call).
function Clear-TestVault {
    param($Vault)
    if ($Vault -and (Test-Path -LiteralPath $Vault.Path)) { Remove-Item -LiteralPath $Vault.Path -Force }
}

# The vault file's text exactly as the vault wrote it; '{}' before anything was written.
function Read-TestVaultFile {
    param($Vault)
    if (-not (Test-Path -LiteralPath $Vault.Path)) { return '{}' }
    [System.IO.File]::ReadAllText($Vault.Path)
}

function Get-TestVaultSecretName {
    param($Vault)
    (Read-TestVaultFile $Vault | ConvertFrom-Json).PSObject.Properties | ForEach-Object { $_.Name }
}

# One stored secret as the vault keeps it: Type, Value (plain text) and Metadata; $null when absent.
function Get-TestVaultEntry {
    param($Vault, [string] $SecretName)
    $stored = Read-TestVaultFile $Vault | ConvertFrom-Json
    $property = $stored.PSObject.Properties | Where-Object { $_.Name -eq $SecretName }
    if ($property) { $property.Value }
}

# The pwsh running these tests, as a command and leading arguments, to start more of it as child processes
# (`dotnet pwsh.dll` when it was started that way).
function Get-PwshLaunch {
    $process = [System.Diagnostics.Process]::GetCurrentProcess().MainModule.FileName
    if ([System.IO.Path]::GetFileNameWithoutExtension($process) -eq 'dotnet') {
        return @($process, [System.Environment]::GetCommandLineArgs()[0])
    }
    @($process)
}

# Runs $Script in a new `pwsh -NoProfile -NonInteractive` process, as a scheduled task would, and returns its exit code,
# standard output and error. $Environment adds or replaces variables (values travel this way, never on the command line).
# Standard input stays open until it ends, so a process that waits on a prompt hangs, is killed after $TimeoutSec and
# reports TimedOut: a test that asserts -not TimedOut proves nothing prompted.
# -Interactive leaves out -NonInteractive. -CloseInput closes standard input at once (a pipe with nothing in it).
# -Answer is called with every line the child prints; the first time it returns something, that is written to the child's
# standard input as one line and the input is closed (a wrapper script piping in what the child asked for).
function Invoke-ChildPwsh {
    param([Parameter(Mandatory)] [string] $Script, [hashtable] $Environment = @{}, [int] $TimeoutSec = 90, [switch] $Interactive,
        [switch] $CloseInput, [scriptblock] $Answer)

    $scriptFile = Join-Path ([System.IO.Path]::GetTempPath()) ("jiraauth-child-" + [guid]::NewGuid().ToString('N') + '.ps1')
    [System.IO.File]::WriteAllText($scriptFile, $Script)
    $launch = @(Get-PwshLaunch)
    $startInfo = New-Object System.Diagnostics.ProcessStartInfo
    $startInfo.FileName = $launch[0]
    $arguments = @($launch | Select-Object -Skip 1) + @('-NoProfile') + @(if (-not $Interactive) { '-NonInteractive' }) + @('-File', $scriptFile)
    $startInfo.Arguments = ($arguments | ForEach-Object { '"' + $_ + '"' }) -join ' '
    $startInfo.UseShellExecute = $false
    $startInfo.RedirectStandardInput = $true
    $startInfo.RedirectStandardOutput = $true
    $startInfo.RedirectStandardError = $true
    $startInfo.EnvironmentVariables['NO_COLOR'] = '1'
    foreach ($name in $Environment.Keys) {
        if ($null -eq $Environment[$name]) { $startInfo.EnvironmentVariables.Remove($name) } else { $startInfo.EnvironmentVariables[$name] = [string] $Environment[$name] }
    }

    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSec)
    $process = [System.Diagnostics.Process]::Start($startInfo)
    $inputOpen = $true
    try {
        if ($CloseInput) { $process.StandardInput.Close(); $inputOpen = $false }
        $errors = $process.StandardError.ReadToEndAsync()
        $output = New-Object System.Text.StringBuilder
        $timedOut = $false
        while ($true) {
            $read = $process.StandardOutput.ReadLineAsync()
            if (-not $read.Wait([int][Math]::Max(0, ($deadline - [DateTime]::UtcNow).TotalMilliseconds))) { $timedOut = $true; break }
            if ($null -eq $read.Result) { break }
            $null = $output.AppendLine($read.Result)
            $reply = if ($Answer -and $inputOpen) { & $Answer $read.Result }
            if ($null -ne $reply) { $process.StandardInput.WriteLine([string] $reply); $process.StandardInput.Close(); $inputOpen = $false }
        }
        $timedOut = $timedOut -or -not $process.WaitForExit([int][Math]::Max(0, ($deadline - [DateTime]::UtcNow).TotalMilliseconds))
        # Process.Kill(entireProcessTree) is .NET Core only; the child starts no processes of its own.
        if ($timedOut) { $process.Kill(); $process.WaitForExit() }
        if ($inputOpen) { try { $process.StandardInput.Close() } catch [System.IO.IOException] { } }
        [pscustomobject]@{
            ExitCode = if ($timedOut) { -1 } else { $process.ExitCode }
            Output   = $output.ToString()
            Errors   = $errors.GetAwaiter().GetResult()
            TimedOut = $timedOut
            Elapsed  = $watch.Elapsed
        }
    }
    finally {
        $process.Dispose()
        Remove-Item -LiteralPath $scriptFile -Force -ErrorAction SilentlyContinue
    }
}

# A fresh folder to be a child process's home: SecretStore keeps its store and SecretManagement its vault registry under
# it, so the user's own are never read or changed. The variables to give the child with it.
function New-ThrowawayHome {
    $path = Join-Path ([System.IO.Path]::GetTempPath()) ('jiraauth-home-' + [guid]::NewGuid().ToString('N').Substring(0, 12))
    $null = New-Item -ItemType Directory -Path $path
    [pscustomobject]@{
        Path        = $path
        Environment = @{
            HOME = $path; USERPROFILE = $path
            XDG_DATA_HOME = (Join-Path $path '.local/share'); XDG_CONFIG_HOME = (Join-Path $path '.config'); XDG_CACHE_HOME = (Join-Path $path '.cache')
            APPDATA = (Join-Path $path 'AppData/Roaming'); LOCALAPPDATA = (Join-Path $path 'AppData/Local')
        }
    }
}
