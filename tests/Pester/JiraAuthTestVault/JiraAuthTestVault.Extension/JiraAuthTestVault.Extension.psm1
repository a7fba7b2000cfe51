# TEST ONLY - never register this vault for real secrets.
#
# A SecretManagement extension vault for tests/Pester/Vault.Tests.ps1. Secrets live in a JSON file whose path is the
# vault parameter Path (Register-SecretVault -VaultParameters @{ Path = <file> }). SecureString secrets are converted
# to PLAIN TEXT in that file, so that the tests can read exactly what a vault was handed; Get-Secret returns them as
# SecureString again (SecretManagement's Get-Secret -AsPlainText converts for the caller).
#
# File layout: { "<secret name>": { "Type": "SecureString" | "String", "Value": "<text>", "Metadata": { ... } } }
#
# Optional vault parameters:
#   RejectMetadata = $true  Set-Secret and Set-SecretInfo throw "This vault does not support metadata" when given
#                           non-empty metadata (without metadata they work).
#   Locked = $true          every command throws "A valid password is required to access the vault. Use the
#                           Unlock-SecretStore cmdlet to unlock the vault", as a locked SecretStore does when it cannot
#                           prompt (as SecretManagement's PasswordRequiredException when that type exists).
#
# SecretManagement runs these functions in its own runspace and passes the vault parameters as AdditionalParameters.

$script:LockedMessage = 'A valid password is required to access the vault. Use the Unlock-SecretStore cmdlet to unlock the vault'
$script:NoMetadataMessage = 'This vault does not support metadata'

function Get-VaultSetting {
    param([hashtable] $AdditionalParameters, [string] $Key)
    if ($null -eq $AdditionalParameters -or -not $AdditionalParameters.ContainsKey($Key)) { return $null }
    return $AdditionalParameters[$Key]
}

function Test-VaultFlag {
    param([hashtable] $AdditionalParameters, [string] $Key)
    $value = Get-VaultSetting $AdditionalParameters $Key
    if ($null -eq $value) { return $false }
    if ($value -is [bool]) { return $value }
    return ("$value" -eq 'true' -or "$value" -eq '1')
}

function Assert-VaultUnlocked {
    param([hashtable] $AdditionalParameters)
    if (-not (Test-VaultFlag $AdditionalParameters 'Locked')) { return }
    $passwordRequired = 'Microsoft.PowerShell.SecretManagement.PasswordRequiredException' -as [type]
    if ($null -ne $passwordRequired) {
        throw (New-Object -TypeName $passwordRequired.FullName -ArgumentList $script:LockedMessage)
    }
    throw $script:LockedMessage
}

function Assert-MetadataAccepted {
    param([hashtable] $AdditionalParameters, [hashtable] $Metadata)
    if ($null -ne $Metadata -and $Metadata.Count -gt 0 -and (Test-VaultFlag $AdditionalParameters 'RejectMetadata')) {
        throw $script:NoMetadataMessage
    }
}

function Get-VaultPath {
    param([hashtable] $AdditionalParameters)
    $path = Get-VaultSetting $AdditionalParameters 'Path'
    if ([string]::IsNullOrEmpty($path)) {
        throw "JiraAuthTestVault needs the vault parameter Path: Register-SecretVault -VaultParameters @{ Path = '<file>' }."
    }
    return [string] $path
}

# The file as an ordered, case-insensitive dictionary: secret name -> @{ Type; Value; Metadata = hashtable }.
function Read-VaultStore {
    param([string] $Path)
    $store = [ordered]@{}
    if (-not (Test-Path -LiteralPath $Path)) { return $store }
    $text = [System.IO.File]::ReadAllText($Path)
    if ([string]::IsNullOrWhiteSpace($text)) { return $store }
    $parsed = ConvertFrom-Json -InputObject $text
    foreach ($property in $parsed.PSObject.Properties) {
        $entry = $property.Value
        $metadata = @{}
        if ($null -ne $entry.Metadata) {
            foreach ($item in $entry.Metadata.PSObject.Properties) { $metadata[$item.Name] = $item.Value }
        }
        $store[[string] $property.Name] = @{ Type = [string] $entry.Type; Value = [string] $entry.Value; Metadata = $metadata }
    }
    return $store
}

function Write-VaultStore {
    param([string] $Path, [System.Collections.IDictionary] $Store)
    $json = ConvertTo-Json -InputObject $Store -Depth 5
    [System.IO.File]::WriteAllText($Path, $json, (New-Object System.Text.UTF8Encoding($false)))
}

function Copy-Metadata {
    param([hashtable] $Metadata)
    $copy = @{}
    if ($null -ne $Metadata) {
        foreach ($key in $Metadata.Keys) { $copy[[string] $key] = $Metadata[$key] }
    }
    return $copy
}

function Get-Secret {
    [CmdletBinding()]
    param(
        [string] $Name,
        [string] $VaultName,
        [hashtable] $AdditionalParameters
    )

    Assert-VaultUnlocked $AdditionalParameters
    $store = Read-VaultStore (Get-VaultPath $AdditionalParameters)
    if (-not $store.Contains($Name)) { return }

    $entry = $store[$Name]
    if ($entry.Type -eq 'SecureString') {
        # Built character by character: ConvertTo-SecureString refuses an empty string.
        $secure = New-Object System.Security.SecureString
        foreach ($character in $entry.Value.ToCharArray()) { $secure.AppendChar($character) }
        $secure.MakeReadOnly()
        return $secure
    }
    return $entry.Value
}

function Get-SecretInfo {
    [CmdletBinding()]
    param(
        [string] $Filter,
        [string] $VaultName,
        [hashtable] $AdditionalParameters
    )

    Assert-VaultUnlocked $AdditionalParameters
    if ([string]::IsNullOrEmpty($Filter)) { $Filter = '*' }
    $store = Read-VaultStore (Get-VaultPath $AdditionalParameters)
    foreach ($name in @($store.Keys)) {
        if ($name -notlike $Filter) { continue }
        $entry = $store[$name]
        $type = if ($entry.Type -eq 'SecureString') {
            [Microsoft.PowerShell.SecretManagement.SecretType]::SecureString
        }
        else {
            [Microsoft.PowerShell.SecretManagement.SecretType]::String
        }
        $metadata = [hashtable] $entry.Metadata
        if ($metadata.Count -gt 0) {
            [Microsoft.PowerShell.SecretManagement.SecretInformation]::new($name, $type, $VaultName, $metadata)
        }
        else {
            [Microsoft.PowerShell.SecretManagement.SecretInformation]::new($name, $type, $VaultName)
        }
    }
}

function Set-Secret {
    [CmdletBinding()]
    param(
        [string] $Name,
        [object] $Secret,
        [string] $VaultName,
        [hashtable] $AdditionalParameters,
        [hashtable] $Metadata
    )

    Assert-VaultUnlocked $AdditionalParameters
    Assert-MetadataAccepted $AdditionalParameters $Metadata

    if ($Secret -is [System.Security.SecureString]) {
        $type = 'SecureString'
        # Test-only: the plain text goes to the file (see the top of this file).
        $plain = (New-Object System.Net.NetworkCredential('', $Secret)).Password
    }
    elseif ($Secret -is [string]) {
        $type = 'String'
        $plain = [string] $Secret
    }
    else {
        $typeName = if ($null -eq $Secret) { 'null' } else { $Secret.GetType().FullName }
        throw "JiraAuthTestVault stores only String and SecureString secrets, not $typeName."
    }

    $path = Get-VaultPath $AdditionalParameters
    $store = Read-VaultStore $path
    $store[$Name] = @{ Type = $type; Value = $plain; Metadata = (Copy-Metadata $Metadata) }
    Write-VaultStore $path $store
}

function Set-SecretInfo {
    [CmdletBinding()]
    param(
        [string] $Name,
        [hashtable] $Metadata,
        [string] $VaultName,
        [hashtable] $AdditionalParameters
    )

    Assert-VaultUnlocked $AdditionalParameters
    Assert-MetadataAccepted $AdditionalParameters $Metadata

    $path = Get-VaultPath $AdditionalParameters
    $store = Read-VaultStore $path
    if (-not $store.Contains($Name)) {
        Write-Error -Message "The secret $Name was not found in vault $VaultName." -Category ObjectNotFound
        return
    }
    $store[$Name]['Metadata'] = Copy-Metadata $Metadata
    Write-VaultStore $path $store
}

function Remove-Secret {
    [CmdletBinding()]
    param(
        [string] $Name,
        [string] $VaultName,
        [hashtable] $AdditionalParameters
    )

    Assert-VaultUnlocked $AdditionalParameters
    $path = Get-VaultPath $AdditionalParameters
    $store = Read-VaultStore $path
    if (-not $store.Contains($Name)) {
        Write-Error -Message "The secret $Name was not found in vault $VaultName." -Category ObjectNotFound
        return
    }
    $store.Remove($Name)
    Write-VaultStore $path $store
}

function Test-SecretVault {
    [CmdletBinding()]
    param(
        [string] $VaultName,
        [hashtable] $AdditionalParameters
    )

    Assert-VaultUnlocked $AdditionalParameters
    $directory = Split-Path -Parent (Get-VaultPath $AdditionalParameters)
    return (Test-Path -LiteralPath $directory)
}

Export-ModuleMember -Function Get-Secret, Get-SecretInfo, Set-Secret, Remove-Secret, Test-SecretVault, Set-SecretInfo
