# TEST-ONLY STUB: in-memory SecretManagement (vaults are reported with ModuleName JiraAuthTestStub, never SecretStore). Uses only commands of the PowerShell core engine (no Utility/Security modules).
# Entries: secret name -> @{ Name; VaultName; Secret (as given: SecureString, string, hashtable...); Metadata; Type }.

# Process-wide state, like a real vault's: JiraAuth refreshes OAuth tokens through its own runspace, whose import of
# this module must see the same store as the test's runspace.
$script:S = [System.AppDomain]::CurrentDomain.GetData('JiraAuth.StubVault')
if ($null -eq $script:S) {
    $script:S = [hashtable]::Synchronized(@{ Store = [ordered]@{}; Vaults = @('Stub'); Locked = $false; LockedVaults = @(); NoDefaultVault = $false; FailWrites = $false })
    [System.AppDomain]::CurrentDomain.SetData('JiraAuth.StubVault', $script:S)
}

# SecretStore's own words when it needs a password it cannot ask for.
$script:S.LockedMessage = 'A valid password is required to access the Microsoft.PowerShell.SecretStore vault. Use the Unlock-SecretStore cmdlet to provide the required password to access the store.'

# The real SecretStore throws Microsoft.PowerShell.SecretStore.PasswordRequiredException; JiraAuth recognises it by its type name.
class PasswordRequiredException : System.InvalidOperationException {
    PasswordRequiredException([string] $message) : base($message) { }
}

# As the real modules fail: a locked store raises PasswordRequiredException inside SecretManagement's own wrapper, and a
# -Vault name that is not registered is a terminating GetSecretVaultNotFound error.
function Assert-StubVault {
    param([string] $Vault, [System.Management.Automation.PSCmdlet] $Caller, [string] $Name)
    if ($script:S.Locked -or ($Vault -and $script:S.LockedVaults -contains $Vault)) {
        $inner = [PasswordRequiredException]::new($script:S.LockedMessage)
        throw [System.Management.Automation.PSInvalidOperationException]::new("Unable to access secret '$Name' in vault '$Vault'.", $inner)
    }
    if ($Vault -and $script:S.Vaults -notcontains $Vault) {
        $Caller.ThrowTerminatingError([System.Management.Automation.ErrorRecord]::new(
            [System.Management.Automation.PSInvalidOperationException]::new("Vault not found in registry: $Vault"),
            'GetSecretVaultNotFound', [System.Management.Automation.ErrorCategory]::ObjectNotFound, $Caller))
    }
}

function Get-StubVaultName {
    param([string] $Vault)
    if ($Vault) { return $Vault }
    if ($script:S.NoDefaultVault) { throw 'There is no default vault. A default vault must be registered with Register-SecretVault -DefaultVault.' }
    $script:S.Vaults[0]
}

# Write-Error lives in Microsoft.PowerShell.Utility, which the hosted core engine does not have.
function New-StubNotFound {
    param([string] $Message, [string] $Name)
    [System.Management.Automation.ErrorRecord]::new([System.Management.Automation.ItemNotFoundException]::new($Message), 'GetSecretNotFound', [System.Management.Automation.ErrorCategory]::ObjectNotFound, $Name)
}

function Get-StubSecretType {
    param($Secret)
    if ($Secret -is [System.Security.SecureString]) { return 'SecureString' }
    if ($Secret -is [string]) { return 'String' }
    if ($Secret -is [System.Management.Automation.PSCredential]) { return 'PSCredential' }
    if ($Secret -is [System.Collections.IDictionary]) { return 'Hashtable' }
    if ($Secret -is [byte[]]) { return 'ByteArray' }
    'Unknown'
}

function Set-Secret {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [string] $Name,
        [Parameter(Mandatory)] [object] $Secret,
        [string] $Vault,
        [hashtable] $Metadata,
        [switch] $NoClobber
    )
    Assert-StubVault $Vault $PSCmdlet $Name
    if ($script:S.FailWrites) { throw 'The vault refused the write (stub: Set-StubVaultState -FailWrites).' }
    $target = Get-StubVaultName $Vault
    if ($Secret -is [System.Management.Automation.PSObject]) { $Secret = $Secret.BaseObject }
    $script:S.Store[$Name] = @{ Name = $Name; VaultName = $target; Secret = $Secret; Metadata = $Metadata; Type = (Get-StubSecretType $Secret) }
}

function Get-Secret {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)] [string] $Name,
        [string] $Vault,
        [switch] $AsPlainText
    )
    Assert-StubVault $Vault $PSCmdlet $Name
    $entry = $script:S.Store[$Name]
    if (-not $entry -or ($Vault -and $entry.VaultName -ne $Vault)) {
        $PSCmdlet.WriteError((New-StubNotFound "Get-Secret : The secret $Name was not found." $Name))
        return
    }
    $value = $entry.Secret
    if ($AsPlainText -and $value -is [System.Security.SecureString]) {
        $value = [System.Net.NetworkCredential]::new('', $value).Password
    }
    elseif (-not $AsPlainText -and $value -is [string]) {
        $secure = [System.Security.SecureString]::new()
        foreach ($c in $value.ToCharArray()) { $secure.AppendChar($c) }
        $value = $secure
    }
    , $value
}

function Get-SecretInfo {
    [CmdletBinding()]
    param(
        [Parameter(Position = 0)] [string] $Name = '*',
        [string] $Vault
    )
    Assert-StubVault $Vault $PSCmdlet $Name
    # Without -Vault the real Get-SecretInfo asks every vault: a locked one writes a non-terminating error and the
    # others still answer, so the caller gets a partial list plus an error.
    foreach ($locked in @($script:S.LockedVaults)) {
        if (-not $Vault) {
            $inner = [PasswordRequiredException]::new($script:S.LockedMessage)
            $PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new(
                [System.Management.Automation.PSInvalidOperationException]::new("Unable to get secret information from vault '$locked'.", $inner),
                'GetSecretInfoException', [System.Management.Automation.ErrorCategory]::InvalidOperation, $locked))
        }
    }
    foreach ($entry in @($script:S.Store.Values)) {
        if ($script:S.LockedVaults -contains $entry.VaultName) { continue }
        if ($entry.Name -like $Name -and (-not $Vault -or $entry.VaultName -eq $Vault)) {
            $copy = [System.Collections.Generic.Dictionary[string, object]]::new([System.StringComparer]::OrdinalIgnoreCase)
            if ($entry.Metadata) { foreach ($key in $entry.Metadata.Keys) { $copy[$key] = $entry.Metadata[$key] } }
            [pscustomobject]@{
                Name      = $entry.Name
                Type      = $entry.Type
                VaultName = $entry.VaultName
                Metadata  = [System.Collections.ObjectModel.ReadOnlyDictionary[string, object]]::new($copy)
            }
        }
    }
}

function Remove-Secret {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)] [string] $Name,
        [Parameter(Mandatory)] [string] $Vault
    )
    Assert-StubVault $Vault $PSCmdlet $Name
    $entry = $script:S.Store[$Name]
    if (-not $entry -or $entry.VaultName -ne $Vault) {
        $PSCmdlet.WriteError((New-StubNotFound "The secret $Name was not found in vault $Vault." $Name))
        return
    }
    $script:S.Store.Remove($Name)
}

function Get-SecretVault {
    [CmdletBinding()]
    param([Parameter(Position = 0)] [string] $Name = '*')
    foreach ($vault in $script:S.Vaults) {
        if ($vault -like $Name) {
            [pscustomobject]@{ Name = $vault; ModuleName = 'JiraAuthTestStub'; IsDefault = (-not $script:S.NoDefaultVault -and $vault -eq $script:S.Vaults[0]) }
        }
    }
}

# ---- test hooks ----

function Reset-StubVault {
    [CmdletBinding()]
    param()
    $script:S.Store = [ordered]@{}
    $script:S.Vaults = @('Stub')
    $script:S.Locked = $false
    $script:S.LockedVaults = @()
    $script:S.NoDefaultVault = $false
    $script:S.FailWrites = $false
}

function Set-StubVaultState {
    [CmdletBinding()]
    param([switch] $Locked, [switch] $NoDefaultVault, [switch] $FailWrites, [string[]] $Vaults, [string[]] $LockedVaults)
    $script:S.Locked = [bool] $Locked
    $script:S.NoDefaultVault = [bool] $NoDefaultVault
    $script:S.FailWrites = [bool] $FailWrites
    if ($Vaults) { $script:S.Vaults = @($Vaults) }
    $script:S.LockedVaults = if ($LockedVaults) { @($LockedVaults) } else { @() }
}

# The stored entry exactly as kept: Name, VaultName, Secret (the object Set-Secret got), Metadata, Type. $null when absent.
function Get-StubVaultEntry {
    [CmdletBinding()]
    param([string] $Name = '*')
    foreach ($entry in @($script:S.Store.Values)) {
        if ($entry.Name -like $Name) { [pscustomobject]$entry }
    }
}
