# TEST ONLY - never register this vault for real secrets.
#
# A SecretManagement extension vault that keeps every secret as one JSON file in a folder (vault parameter Folder) that
# several processes and "servers" share. Unlike SecretStore it caches nothing, and every write replaces the whole file
# with one rename, so a reader sees the old secret or the new one, never a mix: a consistent shared vault, like Azure
# Key Vault or HashiCorp Vault seen from a farm. SecureString secrets are stored in PLAIN TEXT.
#
# File: <Folder>/<hex of the UTF-8 secret name>.json = { "Name", "Type": "SecureString" | "String", "Value", "Metadata" }
#
# Fault injection (for the soak): while the file <Folder>/fail-writes exists, Set-Secret and Set-SecretInfo throw
# "JiraAuthFolderVault: writes are failing (test fault)", as a vault does when its service is unreachable, and leave a
# file <Folder>/refused-write-<guid> for each write they refused.

$script:WriteFault = 'JiraAuthFolderVault: writes are failing (test fault)'

function Get-VaultFolder {
    param([hashtable] $AdditionalParameters)
    $folder = if ($null -ne $AdditionalParameters) { $AdditionalParameters['Folder'] }
    if ([string]::IsNullOrEmpty($folder)) {
        throw "JiraAuthFolderVault needs the vault parameter Folder: Register-SecretVault -VaultParameters @{ Folder = '<shared folder>' }."
    }
    return [string] $folder
}

function Get-SecretPath {
    param([string] $Folder, [string] $Name)
    $hex = -join ([System.Text.Encoding]::UTF8.GetBytes($Name.ToLowerInvariant()) | ForEach-Object { $_.ToString('x2') })
    return (Join-Path $Folder ($hex + '.json'))
}

function Read-SecretFile {
    param([string] $Path)
    if (-not (Test-Path -LiteralPath $Path)) { return $null }
    return (ConvertFrom-Json -InputObject ([System.IO.File]::ReadAllText($Path)))
}

function Assert-WritesWork {
    param([string] $Folder)
    if (Test-Path -LiteralPath (Join-Path $Folder 'fail-writes')) {
        # One file per refused write (not a shared log that two processes could append to at once), so the soak counts them.
        [System.IO.File]::WriteAllText((Join-Path $Folder ('refused-write-' + [guid]::NewGuid().ToString('N'))), '')
        throw $script:WriteFault
    }
}

function Write-SecretFile {
    param([string] $Folder, [string] $Name, [string] $Type, [string] $Value, [hashtable] $Metadata)
    Assert-WritesWork $Folder
    $path = Get-SecretPath $Folder $Name
    $json = ConvertTo-Json -Depth 5 -InputObject ([ordered]@{ Name = $Name; Type = $Type; Value = $Value; Metadata = $Metadata })
    $temporary = $path + '.' + [Guid]::NewGuid().ToString('N') + '.tmp'
    [System.IO.File]::WriteAllText($temporary, $json, (New-Object System.Text.UTF8Encoding($false)))
    # One rename replaces the file: readers in other processes see the old secret or the new one.
    [System.IO.File]::Move($temporary, $path, $true)
}

function ConvertTo-Hashtable {
    param($Object)
    $table = @{}
    if ($null -ne $Object) { foreach ($property in $Object.PSObject.Properties) { $table[$property.Name] = $property.Value } }
    return $table
}

function Get-Secret {
    [CmdletBinding()]
    param([string] $Name, [string] $VaultName, [hashtable] $AdditionalParameters)
    $entry = Read-SecretFile (Get-SecretPath (Get-VaultFolder $AdditionalParameters) $Name)
    if ($null -eq $entry) { return }
    if ($entry.Type -eq 'SecureString') {
        $secure = New-Object System.Security.SecureString
        foreach ($character in ([string] $entry.Value).ToCharArray()) { $secure.AppendChar($character) }
        $secure.MakeReadOnly()
        return $secure
    }
    return [string] $entry.Value
}

function Get-SecretInfo {
    [CmdletBinding()]
    param([string] $Filter, [string] $VaultName, [hashtable] $AdditionalParameters)
    if ([string]::IsNullOrEmpty($Filter)) { $Filter = '*' }
    $folder = Get-VaultFolder $AdditionalParameters
    if (-not (Test-Path -LiteralPath $folder)) { return }
    foreach ($file in Get-ChildItem -LiteralPath $folder -Filter '*.json' -File) {
        $entry = Read-SecretFile $file.FullName
        if ($null -eq $entry -or [string] $entry.Name -notlike $Filter) { continue }
        $type = if ($entry.Type -eq 'SecureString') { [Microsoft.PowerShell.SecretManagement.SecretType]::SecureString }
                else { [Microsoft.PowerShell.SecretManagement.SecretType]::String }
        $metadata = ConvertTo-Hashtable $entry.Metadata
        if ($metadata.Count -gt 0) {
            [Microsoft.PowerShell.SecretManagement.SecretInformation]::new([string] $entry.Name, $type, $VaultName, $metadata)
        }
        else {
            [Microsoft.PowerShell.SecretManagement.SecretInformation]::new([string] $entry.Name, $type, $VaultName)
        }
    }
}

function Set-Secret {
    [CmdletBinding()]
    param([string] $Name, [object] $Secret, [string] $VaultName, [hashtable] $AdditionalParameters, [hashtable] $Metadata)
    if ($Secret -is [System.Security.SecureString]) {
        $type = 'SecureString'
        $plain = (New-Object System.Net.NetworkCredential('', $Secret)).Password
    }
    elseif ($Secret -is [string]) {
        $type = 'String'
        $plain = [string] $Secret
    }
    else {
        throw 'JiraAuthFolderVault stores only String and SecureString secrets.'
    }
    $table = @{}
    if ($null -ne $Metadata) { foreach ($key in $Metadata.Keys) { $table[[string] $key] = $Metadata[$key] } }
    Write-SecretFile (Get-VaultFolder $AdditionalParameters) $Name $type $plain $table
}

function Set-SecretInfo {
    [CmdletBinding()]
    param([string] $Name, [hashtable] $Metadata, [string] $VaultName, [hashtable] $AdditionalParameters)
    $folder = Get-VaultFolder $AdditionalParameters
    $entry = Read-SecretFile (Get-SecretPath $folder $Name)
    if ($null -eq $entry) {
        Write-Error -Message "The secret $Name was not found in vault $VaultName." -Category ObjectNotFound
        return
    }
    $table = @{}
    if ($null -ne $Metadata) { foreach ($key in $Metadata.Keys) { $table[[string] $key] = $Metadata[$key] } }
    Write-SecretFile $folder $Name ([string] $entry.Type) ([string] $entry.Value) $table
}

function Remove-Secret {
    [CmdletBinding()]
    param([string] $Name, [string] $VaultName, [hashtable] $AdditionalParameters)
    $path = Get-SecretPath (Get-VaultFolder $AdditionalParameters) $Name
    if (-not (Test-Path -LiteralPath $path)) {
        Write-Error -Message "The secret $Name was not found in vault $VaultName." -Category ObjectNotFound
        return
    }
    Remove-Item -LiteralPath $path
}

function Test-SecretVault {
    [CmdletBinding()]
    param([string] $VaultName, [hashtable] $AdditionalParameters)
    return (Test-Path -LiteralPath (Get-VaultFolder $AdditionalParameters))
}

Export-ModuleMember -Function Get-Secret, Get-SecretInfo, Set-Secret, Remove-Secret, Test-SecretVault, Set-SecretInfo
