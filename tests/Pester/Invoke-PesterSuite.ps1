<#
.SYNOPSIS
    Runs the Pester suite in this folder (or only discovers it) and can write every test's outcome to a JSON file.
.DESCRIPTION
    Used by `dotnet test` (tests/JiraAuth.Pester.Tests runs it in the test pwsh, out/pwsh) and by `./build.ps1 -Task Test`
    (in the user's own pwsh), so both run the same suite the same way. Needs Pester 5 (the test pwsh has 5.9.1 in
    $PSHOME/Modules) and `dotnet build JiraAuth.sln` first.

    The JSON file holds one entry per test, in discovery order, with an Id that is the same in a discovery run and in a
    real run: "<file>|<Describe> > <Context> > <It>" (names expanded; plus "#<n>" when names repeat). Each file also gets an entry
    "<file>|(file setup and teardown)" that fails when the file could not be discovered or a BeforeAll/AfterAll failed,
    because Pester reports those failures on blocks rather than on tests.
.EXAMPLE
    ./tests/Pester/Invoke-PesterSuite.ps1
.EXAMPLE
    ./tests/Pester/Invoke-PesterSuite.ps1 -DiscoverOnly -ResultPath ./tests.json
#>
[CmdletBinding()]
param(
    # Find the tests without running any.
    [switch] $DiscoverOnly,
    # Where to write the outcome of every test as JSON.
    [string] $ResultPath,
    # Test files or folders (default: this folder).
    [string[]] $Path = @($PSScriptRoot),
    # Pester's console output: None, Normal, Detailed, Diagnostic.
    [string] $Verbosity = 'Detailed',
    # A Pester 5 module manifest to use instead of the newest installed Pester 5 (build.ps1 passes the one in out/pwsh).
    [string] $PesterManifest
)

# No Set-StrictMode or $ErrorActionPreference here: both would reach into the test files' scopes and change what the
# tests see (a user's script may set them, and tests that want them set them themselves).

$pester = if ($PesterManifest) { $PesterManifest } else {
    Get-Module -ListAvailable -Name Pester | Where-Object { $_.Version -ge [version]'5.0.0' } | Sort-Object Version -Descending | Select-Object -First 1
}
if (-not $pester) {
    throw 'Pester 5 is not installed: Install-Module Pester -MinimumVersion 5.0 -Scope CurrentUser (the test pwsh in out/pwsh has it).'
}
Import-Module $pester -Force -ErrorAction Stop

# SecretManagement and SecretStore where the user has them, else ../shared/tools/powershell-modules, else the stub
# (VaultModules.ps1), first on PSModulePath for this process and the child processes the tests start.
. (Join-Path $PSScriptRoot 'VaultModules.ps1')
$userModulePath = if ($env:JIRAAUTH_USER_PSMODULEPATH) { $env:JIRAAUTH_USER_PSMODULEPATH } else { $env:PSModulePath }
$vaultModules = Find-VaultModules -RepositoryRoot (Join-Path $PSScriptRoot '../..') -UserModulePath $userModulePath
$env:PSModulePath = Join-VaultModulePath $vaultModules.Prefix
if (-not $DiscoverOnly) { Write-Host "Vault modules: $($vaultModules.Description)" }

$configuration = New-PesterConfiguration
$configuration.Run.Path = $Path
$configuration.Run.PassThru = $true
$configuration.Run.Exit = $false
$configuration.Run.SkipRun = [bool] $DiscoverOnly
$configuration.Output.Verbosity = if ($DiscoverOnly) { 'None' } else { $Verbosity }

# Warnings written while discovering (for example why a file's tests are skipped) become the skip reason.
$discoveryWarnings = @()
$run = Invoke-Pester -Configuration $configuration -ErrorAction Stop 3>&1 | ForEach-Object {
    if ($_ -is [System.Management.Automation.WarningRecord]) { $script:discoveryWarnings += $_.Message; Write-Warning $_.Message } else { $_ }
}
$run = @($run | Where-Object { $null -ne $_ -and $_.PSObject.Properties['Containers'] }) | Select-Object -Last 1
if (-not $run) { throw 'Invoke-Pester returned no result.' }

$repositoryRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path.TrimEnd('\', '/')
# Path.GetRelativePath is .NET Core only; the test files are all under the repository root.
function Get-RelativeName([string] $File) {
    if (-not $File) { return '(unknown file)' }
    $full = [System.IO.Path]::GetFullPath($File)
    if ($full.StartsWith($repositoryRoot + [System.IO.Path]::DirectorySeparatorChar, [System.StringComparison]::OrdinalIgnoreCase)) {
        $full = $full.Substring($repositoryRoot.Length + 1)
    }
    $full.Replace('\', '/')
}

function Format-PesterError($ErrorRecords) {
    (@($ErrorRecords) | Where-Object { $_ } | ForEach-Object {
            $text = if ($_.PSObject.Properties['DisplayErrorMessage'] -and $_.DisplayErrorMessage) { $_.DisplayErrorMessage } else { "$_" }
            $where = if ($_.PSObject.Properties['ScriptStackTrace'] -and $_.ScriptStackTrace) { "`n" + $_.ScriptStackTrace } else { '' }
            $text + $where
        }) -join "`n"
}

# Errors of a block and of its enclosing blocks (BeforeAll/AfterAll failures are recorded there).
function Get-BlockErrors($Block) {
    $errors = @()
    for ($b = $Block; $null -ne $b; $b = $(if ($b.PSObject.Properties['Parent']) { $b.Parent } else { $null })) {
        if ($b.PSObject.Properties['ErrorRecord'] -and $b.ErrorRecord) { $errors += @($b.ErrorRecord) }
    }
    $errors
}

# "Describe > Context > It" with <Key> in data-driven names replaced by the test's data. Pester itself expands names only
# while running, so this does it the same way in a discovery run and a real one (the Id must match between them).
function Expand-Name([string] $Name, $Data) {
    if (-not $Data -or $Data -isnot [System.Collections.IDictionary]) { return $Name }
    [regex]::Replace($Name, '<(\w+)>', { param($m) if ($Data.Contains($m.Groups[1].Value)) { "$($Data[$m.Groups[1].Value])" } else { $m.Value } })
}

function Get-TestName($Test) {
    $names = @(Expand-Name $Test.Name $Test.Data)
    for ($b = $Test.Block; $null -ne $b -and -not $b.IsRoot; $b = $b.Parent) { $names = @(Expand-Name $b.Name $b.Data) + $names }
    $names -join ' > '
}

# Pester keeps no reason for -Skip; by convention a file says why in a warning during discovery that starts with its name.
function Get-SkipReason([string] $File) {
    $leaf = Split-Path $File -Leaf
    $reasons = @($discoveryWarnings | Where-Object { $_ -like "$leaf*" })
    if ($reasons) { $reasons -join ' ' } else { "marked -Skip in $File" }
}

$seen = @{}
$entries = New-Object System.Collections.Generic.List[object]
foreach ($container in $run.Containers) {
    $file = Get-RelativeName $(if ($container.Type -eq 'File') { $container.Item.FullName } else { "$($container.Item)" })
    $tests = @(foreach ($block in $container.Blocks) { & { param($b) $b.Tests; foreach ($child in $b.Blocks) { & $MyInvocation.MyCommand.ScriptBlock $child } } $block })

    foreach ($test in $tests) {
        $name = Get-TestName $test
        $id = "$file|$name"
        $seen[$id] = 1 + [int] $seen[$id]
        if ($seen[$id] -gt 1) { $id += "#$($seen[$id])" }
        $message = Format-PesterError $test.ErrorRecord
        if ($test.Result -ne 'Passed' -and -not $message) { $message = Format-PesterError (Get-BlockErrors $test.Block) }
        $entries.Add([ordered]@{
                Id         = $id
                File       = $file
                Name       = $name
                Skip       = [bool] $test.Skip
                SkipReason = if ($test.Skip) { Get-SkipReason $file } else { $null }
                Result     = "$($test.Result)"
                Message    = $message
                DurationMs = [int] $test.Duration.TotalMilliseconds
            })
    }

    # Discovery failures, and BeforeAll/AfterAll failures of any block in the file.
    $blockErrors = @($container.ErrorRecord) + @(foreach ($block in $container.Blocks) {
            & { param($b) if ($b.ErrorRecord) { $b.ErrorRecord }; foreach ($child in $b.Blocks) { & $MyInvocation.MyCommand.ScriptBlock $child } } $block
        }) | Where-Object { $_ }
    $setupFailed = @($blockErrors).Count -gt 0 -or "$($container.Result)" -eq 'Failed' -and $tests.Count -eq 0
    $entries.Add([ordered]@{
            Id         = "$file|(file setup and teardown)"
            File       = $file
            Name       = '(file setup and teardown)'
            Skip       = $false
            SkipReason = $null
            Result     = if ($DiscoverOnly) { 'NotRun' } elseif ($setupFailed) { 'Failed' } else { 'Passed' }
            Message    = Format-PesterError $blockErrors
            DurationMs = 0
        })
}

if ($ResultPath) {
    $json = ConvertTo-Json -InputObject $entries.ToArray() -Depth 4
    [System.IO.File]::WriteAllText($ResultPath, $json, (New-Object System.Text.UTF8Encoding $false))
}
if (-not $DiscoverOnly) {
    $failed = @($entries | Where-Object { $_.Result -eq 'Failed' }).Count
    Write-Host "Pester: $($run.PassedCount) passed, $failed failed, $($run.SkippedCount) skipped."
    if ($failed -gt 0) { exit 1 }
}
