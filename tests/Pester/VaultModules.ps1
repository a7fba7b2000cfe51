# Finds Microsoft.PowerShell.SecretManagement and Microsoft.PowerShell.SecretStore for the Pester suite, build.ps1 and the
# sandbox, in this order:
#   1. Installed: where the user has them, on their own module path (Install-PSResource puts them there);
#   2. Shared: the copies kept beside this workspace in ../shared/tools/powershell-modules (a clone has no such folder);
#   3. Stub: the test-only in-memory stand-in for SecretManagement in tests/JiraAuth.PowerShell.Tests/Stubs. It is not
#      SecretStore: its one vault, Stub, lives as long as its process, and tests that need a real vault skip.
# Dot-source it. Runs in Windows PowerShell 5.1 and pwsh.

$script:VaultModulesInstallAdvice = 'Install-PSResource Microsoft.PowerShell.SecretManagement, Microsoft.PowerShell.SecretStore'

# The stub's manifest carries this word (PrivateData), so it is never taken for the real SecretManagement.
$script:VaultStubMarker = 'JiraAuthTestStub'

function Test-VaultStubManifest([string] $Manifest) {
    [bool] (Select-String -LiteralPath $Manifest -SimpleMatch $script:VaultStubMarker -Quiet)
}

# The first of $Folders holding a real (not stub) module $Name, as <folder>/<Name>/<Name>.psd1 or <folder>/<Name>/<version>/<Name>.psd1.
function Find-VaultModuleFolder([string[]] $Folders, [string] $Name) {
    foreach ($folder in $Folders) {
        $moduleFolder = Join-Path $folder $Name
        if (-not (Test-Path -LiteralPath $moduleFolder -PathType Container)) { continue }
        $manifests = @(Get-ChildItem -LiteralPath $moduleFolder -Filter "$Name.psd1" -Recurse -Depth 1 -File -ErrorAction SilentlyContinue)
        if ($manifests | Where-Object { -not (Test-VaultStubManifest $_.FullName) }) { return $folder }
    }
}

# Where the two modules are, as an object: Source (Installed, Shared or Stub), Prefix (the folders to put first on
# PSModulePath, so a child process finds them), IsStub, and Description (one line for people).
function Find-VaultModules {
    [CmdletBinding()]
    param(
        # The folder holding JiraAuth.sln.
        [Parameter(Mandatory)] [string] $RepositoryRoot,
        # The module path the user's own PowerShell searches (dotnet test and the sandbox pass it in
        # JIRAAUTH_USER_PSMODULEPATH, because their pwsh runs with a throw-away HOME).
        [string] $UserModulePath = $env:PSModulePath
    )
    $userFolders = @("$UserModulePath".Split([System.IO.Path]::PathSeparator) | Where-Object { $_ })
    $names = 'Microsoft.PowerShell.SecretManagement', 'Microsoft.PowerShell.SecretStore'

    $installed = @(foreach ($name in $names) { Find-VaultModuleFolder $userFolders $name })
    if ($installed.Count -eq $names.Count) {
        return [pscustomobject]@{ Source = 'Installed'; Prefix = @($installed | Select-Object -Unique); IsStub = $false
            Description = "SecretManagement and SecretStore installed on your module path ($(($installed | Select-Object -Unique) -join ', '))" }
    }
    $shared = [System.IO.Path]::GetFullPath((Join-Path $RepositoryRoot '../shared/tools/powershell-modules'))
    $inShared = @(foreach ($name in $names) { Find-VaultModuleFolder @($shared) $name })
    if ($inShared.Count -eq $names.Count) {
        return [pscustomobject]@{ Source = 'Shared'; Prefix = @($shared); IsStub = $false
            Description = "SecretManagement and SecretStore from $shared (not installed on your module path)" }
    }
    $stub = [System.IO.Path]::GetFullPath((Join-Path $RepositoryRoot 'tests/JiraAuth.PowerShell.Tests/Stubs'))
    [pscustomobject]@{ Source = 'Stub'; Prefix = @($stub); IsStub = $true
        Description = "the test-only in-memory STUB of SecretManagement (not SecretStore; nothing is kept after the process ends), " +
            "because SecretManagement and SecretStore are not installed: $script:VaultModulesInstallAdvice" }
}

# $Prefix first, then $ModulePath without repeats: the PSModulePath that finds the chosen modules first.
function Join-VaultModulePath([string[]] $Prefix, [string] $ModulePath = $env:PSModulePath) {
    $separator = [System.IO.Path]::PathSeparator
    $rest = @("$ModulePath".Split($separator) | Where-Object { $_ -and $Prefix -notcontains $_ })
    (@($Prefix) + $rest) -join $separator
}

# True when the SecretManagement that Import-Module would load from this session's PSModulePath is a real one.
function Test-RealSecretManagement {
    $module = Get-Module -ListAvailable -Name Microsoft.PowerShell.SecretManagement | Select-Object -First 1
    $null -ne $module -and -not (Test-VaultStubManifest $module.Path)
}
