<#
.SYNOPSIS
    Builds, tests and packages the JiraAuth module with the .NET SDK only (no Gallery tools needed).
.EXAMPLE
    ./build.ps1 -Task Test
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Package', 'Clean')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
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
    Invoke-DotNet @('test', $solution, '--configuration', $Configuration, '--no-build')

    $pester = Get-Module -ListAvailable -Name Pester | Where-Object { $_.Version -ge [version]'5.0.0' } | Sort-Object Version -Descending | Select-Object -First 1
    if (-not $pester) {
        Write-Warning 'Pester 5 is not installed; skipping tests/Pester. Install-Module Pester -MinimumVersion 5.0 -Scope CurrentUser to run them.'
        return
    }
    Import-Module $pester -Force
    $config = New-PesterConfiguration
    $config.Run.Path = Join-Path $root 'tests/Pester'
    $config.Run.Exit = $false
    $config.Run.PassThru = $true
    $config.Output.Verbosity = 'Detailed'
    $result = Invoke-Pester -Configuration $config
    if ($result.FailedCount -gt 0) { throw "$($result.FailedCount) Pester test(s) failed." }
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
    'Package' { Invoke-Package }
    'Clean' { Invoke-Clean }
}
