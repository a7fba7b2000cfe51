# Finds Microsoft.PowerShell.SecretManagement and Microsoft.PowerShell.SecretStore for the Pester suite, build.ps1 and the
# sandbox. Each is looked for in this order:
#   1. where the user has it installed, on their own module path (Install-PSResource puts it there);
#   2. the copy kept beside this workspace in ../shared/tools/powershell-modules (a clone has no such folder);
# and without SecretManagement, 3. the test-only in-memory stand-in for it in tests/JiraAuth.PowerShell.Tests/Stubs. The
# stub is not SecretStore: its one vault, Stub, lives as long as its process, and tests that need a real vault skip.
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

# Where the two modules are, each looked for on the user's module path, then in ../shared/tools/powershell-modules.
# Returns Prefix (the folders to put first on PSModulePath, so a child process finds them), IsStub (no real
# SecretManagement: Prefix is the stub's folder), HasSecretStore, Stub (the stub's folder) and Description (for people).
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
    $shared = [System.IO.Path]::GetFullPath((Join-Path $RepositoryRoot '../shared/tools/powershell-modules'))
    $stub = [System.IO.Path]::GetFullPath((Join-Path $RepositoryRoot 'tests/JiraAuth.PowerShell.Tests/Stubs'))

    $found = [ordered]@{}
    foreach ($name in 'Microsoft.PowerShell.SecretManagement', 'Microsoft.PowerShell.SecretStore') {
        $folder = Find-VaultModuleFolder $userFolders $name
        if (-not $folder) { $folder = Find-VaultModuleFolder @($shared) $name }
        if ($folder) { $found[$name] = $folder }
    }
    $secretManagement = $found['Microsoft.PowerShell.SecretManagement']
    $secretStore = $found['Microsoft.PowerShell.SecretStore']
    if (-not $secretManagement) {
        return [pscustomobject]@{ Prefix = @($stub); IsStub = $true; HasSecretStore = $false; Stub = $stub
            Description = "the test-only in-memory STUB of SecretManagement (not SecretStore; nothing is kept after the process ends), " +
                "because SecretManagement and SecretStore are not installed: $script:VaultModulesInstallAdvice" }
    }
    $description = "SecretManagement from $secretManagement, " +
        $(if ($secretStore) { "SecretStore from $secretStore" } else { "no SecretStore ($script:VaultModulesInstallAdvice)" })
    [pscustomobject]@{ Prefix = @($found.Values | Select-Object -Unique); IsStub = $false; HasSecretStore = [bool] $secretStore; Stub = $stub
        Description = $description }
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
