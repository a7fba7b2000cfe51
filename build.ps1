<#
.SYNOPSIS
    Builds, tests and packages the JiraAuth module with the .NET SDK only (no Gallery tools needed).
.EXAMPLE
    ./build.ps1 -Task Test
.EXAMPLE
    powershell.exe -NoProfile -File ./build.ps1 -Task Pester      # the Pester suite in Windows PowerShell 5.1, against the last build
.EXAMPLE
    ./build.ps1 -Task Sandbox -Command 'Get-Command -Module JiraAuth'
.EXAMPLE
    ./build.ps1 -Task Soak -Rounds 8
#>
[CmdletBinding()]
param(
    # Test: build, the xunit tests, then the Pester suite in the PowerShell running this script. Pester: that suite alone.
    [ValidateSet('Build', 'Test', 'Pester', 'Package', 'Clean', 'Sandbox', 'Soak')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',

    # Sandbox only: a script to run in the sandbox instead of an interactive shell; the script's status is the exit code.
    [string] $Command,

    # Soak only: how many rounds (each about a minute or two: two servers, four pwsh workers, faults injected).
    [ValidateRange(1, 1000)]
    [int] $Rounds = 4
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$root = $PSScriptRoot
$solution = Join-Path $root 'JiraAuth.sln'
$moduleOut = Join-Path $root 'out/JiraAuth'

function Invoke-DotNet {
    param([string[]] $Arguments)
    Write-Host "dotnet $($Arguments -join ' ')"
    & dotnet @Arguments
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($Arguments[0]) failed with exit code $LASTEXITCODE." }
}

function Invoke-Build {
    # The module project lays out out/JiraAuth (dlls, psd1, format file) as part of its build.
    Invoke-DotNet @('build', $solution, '--configuration', $Configuration)
    if (-not (Test-Path (Join-Path $moduleOut 'JiraAuth.psd1'))) { throw "The build did not produce $moduleOut/JiraAuth.psd1." }
}

function Invoke-Test {
    Invoke-Build
    # Everything but tests/JiraAuth.Pester.Tests, which runs the Pester suite in the test pwsh: here it runs in this pwsh.
    Invoke-DotNet @('test', $solution, '--configuration', $Configuration, '--no-build', '--filter', 'FullyQualifiedName!~JiraAuth.Pester.Tests')
    Invoke-PesterInThisPwsh
}

# The Pester suite (tests/Pester) in a child process of the PowerShell running this script (pwsh, or Windows PowerShell
# 5.1's powershell.exe), as `dotnet test` runs it in the test pwsh: a throw-away HOME (vault registrations and SecretStore
# files go there, never into yours), and your Pester 5 if you have one, else the Pester 5.9.1 that the build laid out in
# out/pwsh/Modules. Invoke-PesterSuite.ps1 finds SecretManagement and SecretStore on your module path (which the child
# inherits), else in ../shared/tools/powershell-modules, else uses the test stub (tests/Pester/VaultModules.ps1).
function Invoke-PesterInThisPwsh {
    $pwsh = (Get-Process -Id $PID).Path
    $arguments = @('-NoProfile', '-NonInteractive', '-File', (Join-Path $root 'tests/Pester/Invoke-PesterSuite.ps1'))
    if (-not (Get-Module -ListAvailable -Name Pester | Where-Object { $_.Version -ge [version]'5.0.0' })) {
        $arguments += @('-PesterManifest', (Join-Path $root 'out/pwsh/Modules/Pester/Pester.psd1'))
    }
    $throwawayHome = Join-Path ([System.IO.Path]::GetTempPath()) ('jiraauth-home-' + [guid]::NewGuid().ToString('N').Substring(0, 12))
    $null = New-Item -ItemType Directory -Path $throwawayHome
    $variables = @{
        HOME = $throwawayHome; USERPROFILE = $throwawayHome
        XDG_DATA_HOME = (Join-Path $throwawayHome '.local/share'); XDG_CONFIG_HOME = (Join-Path $throwawayHome '.config'); XDG_CACHE_HOME = (Join-Path $throwawayHome '.cache')
        APPDATA = (Join-Path $throwawayHome 'AppData/Roaming'); LOCALAPPDATA = (Join-Path $throwawayHome 'AppData/Local')
    }
    $saved = @{}
    foreach ($name in $variables.Keys) { $saved[$name] = [Environment]::GetEnvironmentVariable($name); [Environment]::SetEnvironmentVariable($name, $variables[$name]) }
    try {
        Write-Host "$pwsh $($arguments -join ' ')"
        & $pwsh @arguments
        if ($LASTEXITCODE -ne 0) { throw "The Pester suite failed (exit code $LASTEXITCODE)." }
    }
    finally {
        foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
        Remove-Item -LiteralPath $throwawayHome -Recurse -Force -ErrorAction SilentlyContinue
    }
}

# The sandbox of tests/JiraAuth.Sandbox (fake Jira, sandbox HOME and vault, out/JiraAuth imported) in the pwsh that
# runs this script instead of the test pwsh in out/pwsh. Ends this script with the sandbox's exit code.
function Invoke-Sandbox {
    $arguments = @('run', '--project', (Join-Path $root 'tests/JiraAuth.Sandbox'), '--configuration', $Configuration, '--',
        '--pwsh', (Get-Process -Id $PID).Path)
    if ($Command) { $arguments += @('-Command', $Command) }
    & dotnet @arguments
    exit $LASTEXITCODE
}

# The soak (tests/JiraAuth.Core.Tests/MultiProcess/SoakTests.cs), which `dotnet test` skips: rounds of servers sharing one
# 3LO sign-in with connection resets, 429 storms, failing vault writes and killed workers. Prints the figures RELIABILITY.md quotes.
function Invoke-Soak {
    Invoke-Build
    $env:JIRAAUTH_SOAK_ROUNDS = $Rounds
    try {
        Invoke-DotNet @('test', (Join-Path $root 'tests/JiraAuth.Core.Tests'), '--configuration', $Configuration, '--no-build',
            '--filter', 'FullyQualifiedName=JiraAuth.Core.Tests.MultiProcess.SoakTests.Soak', '--logger', 'console;verbosity=detailed')
    }
    finally {
        Remove-Item Env:JIRAAUTH_SOAK_ROUNDS -ErrorAction SilentlyContinue
    }
}

function Invoke-Package {
    Invoke-Build
    # out/JiraAuth.<version>.nupkg (for Publish-PSResource / Install-PSResource) and out/JiraAuth-<version>.zip, without pdbs.
    $tool = Join-Path $root 'src/JiraAuth.BuildTools/JiraAuth.BuildTools.csproj'
    Invoke-DotNet @('run', '--project', $tool, '--configuration', $Configuration, '--no-build', '--', 'package', $moduleOut, (Join-Path $root 'out'))
}

function Invoke-Clean {
    Invoke-DotNet @('clean', $solution, '--configuration', $Configuration)
    foreach ($path in @((Join-Path $root 'out'))) {
        if (Test-Path $path) { Remove-Item $path -Recurse -Force }
    }
}

switch ($Task) {
    'Build' { Invoke-Build }
    'Test' { Invoke-Test }
    'Pester' { Invoke-PesterInThisPwsh }
    'Package' { Invoke-Package }
    'Clean' { Invoke-Clean }
    'Sandbox' { Invoke-Sandbox }
    'Soak' { Invoke-Soak }
}
